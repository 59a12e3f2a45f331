using System.Reflection;
using Microsoft.AspNetCore.Identity;

namespace CpdTwitter.Infrastructure.Identity;

/// <summary>
/// Refuses passwords found in breach corpora (NIST SP 800-63B 5.1.1.2) and the member's own log-on ID.
/// Length is checked by Identity's options; there are deliberately no composition rules.
/// </summary>
public sealed class BannedPasswordValidator : IPasswordValidator<ApplicationUser>
{
    private static readonly Lazy<HashSet<string>> Banned = new(Load);

    public static int Count => Banned.Value.Count;

    public static bool IsBanned(string password) =>
        Banned.Value.Contains(password.Trim().ToLowerInvariant());

    public Task<IdentityResult> ValidateAsync(UserManager<ApplicationUser> manager, ApplicationUser user, string? password)
    {
        ArgumentNullException.ThrowIfNull(user);
        if (string.IsNullOrEmpty(password))
        {
            return Task.FromResult(IdentityResult.Success);
        }

        if (IsBanned(password))
        {
            return Task.FromResult(IdentityResult.Failed(new IdentityError
            {
                Code = "PasswordBanned",
                Description = "This password appears in lists of commonly used or breached passwords. Choose a longer phrase of your own.",
            }));
        }

        if (user.UserName is { Length: > 0 } name && password.Contains(name, StringComparison.OrdinalIgnoreCase))
        {
            return Task.FromResult(IdentityResult.Failed(new IdentityError
            {
                Code = "PasswordContainsUserName",
                Description = "The password must not contain the log-on ID.",
            }));
        }

        return Task.FromResult(IdentityResult.Success);
    }

    private static HashSet<string> Load()
    {
        using var stream = Assembly.GetExecutingAssembly().GetManifestResourceStream("CpdTwitter.BannedPasswords")
            ?? throw new InvalidOperationException("The banned password list is missing from the build.");
        using var reader = new StreamReader(stream);
        var set = new HashSet<string>(StringComparer.Ordinal);
        while (reader.ReadLine() is { } line)
        {
            if (line.Length > 0 && !line.StartsWith('#'))
            {
                set.Add(line);
            }
        }

        return set;
    }
}
