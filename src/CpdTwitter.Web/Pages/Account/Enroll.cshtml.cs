using System.ComponentModel.DataAnnotations;
using System.Text;
using CpdTwitter.Infrastructure.Identity;
using CpdTwitter.Web.Security;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace CpdTwitter.Web.Pages.Account;

/// <summary>First sign-in when MFA is required: the member adds an authenticator before reaching anything else.</summary>
[AllowAnonymous]
[SignInRateLimited]
public sealed class EnrollModel(AccountSignIn signIn) : SecondFactorPage
{
    private const string Issuer = "CpdTwitter";

    [BindProperty]
    [Required(ErrorMessage = "Enter the code from your authenticator app.")]
    [RegularExpression(@"^\s*\d{3}\s?-?\d{3}\s*$", ErrorMessage = "The code is six digits.")]
    [Display(Name = "Six-digit code")]
    public string Code { get; set; } = string.Empty;

    public string FormattedKey { get; private set; } = string.Empty;

    public string? QrCodeSvg { get; private set; }

    public IReadOnlyList<string> RecoveryCodes { get; private set; } = [];

    public string ContinueUrl => SafeReturnUrl();

    public async Task<IActionResult> OnGetAsync() =>
        await ShowKeyAsync() ? Page() : RedirectToPage("/Account/SignIn", new { returnUrl = ReturnUrl });

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        if (!await ShowKeyAsync())
        {
            return RedirectToPage("/Account/SignIn", new { returnUrl = ReturnUrl });
        }

        if (!ModelState.IsValid)
        {
            return Page();
        }

        var (step, codes) = await signIn.EnrollAsync(Code, cancellationToken);
        if (step == SignInStep.SignedIn)
        {
            RecoveryCodes = codes;
            return Page();
        }

        return Outcome(step, nameof(Code), "That code is not correct. Check the app's clock and enter the code shown now.");
    }

    private async Task<bool> ShowKeyAsync()
    {
        var user = await signIn.PendingUserAsync();
        if (user is null || user.TwoFactorEnabled)
        {
            return false;
        }

        var key = await signIn.AuthenticatorKeyAsync(user);
        FormattedKey = Format(key);
        var uri = $"otpauth://totp/{Uri.EscapeDataString(Issuer)}:{Uri.EscapeDataString(user.UserName ?? string.Empty)}?secret={key}&issuer={Uri.EscapeDataString(Issuer)}&digits=6";
        QrCodeSvg = QrCode.Svg(uri);
        return true;
    }

    private static string Format(string key)
    {
        var builder = new StringBuilder();
        for (var i = 0; i < key.Length; i += 4)
        {
            builder.Append(key.AsSpan(i, Math.Min(4, key.Length - i))).Append(' ');
        }

        return builder.ToString().TrimEnd().ToLowerInvariant();
    }
}
