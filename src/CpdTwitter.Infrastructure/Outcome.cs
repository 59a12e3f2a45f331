using Microsoft.AspNetCore.Identity;

namespace CpdTwitter.Infrastructure;

/// <summary>The result of a workflow: done (with the id of what it made), or refused with messages for the fields at fault.</summary>
public sealed record Outcome(bool Succeeded, string? Id, IReadOnlyList<(string Field, string Message)> Errors)
{
    public static Outcome Ok(string? id = null) => new(true, id, []);

    public static Outcome Fail(string field, string message) => new(false, null, [(field, message)]);

    public static Outcome From(IdentityResult result, string? passwordField = null) =>
        new(false, null, result.Errors.Select(e => (FieldFor(e.Code, passwordField), e.Description)).ToList());

    private static string FieldFor(string code, string? passwordField) => code switch
    {
        _ when code.StartsWith("Password", StringComparison.Ordinal) => passwordField ?? "InitialPassword",
        "DuplicateUserName" or "InvalidUserName" => "LogOnId",
        "DuplicateEmail" or "InvalidEmail" => "Email",
        _ => string.Empty,
    };
}
