using System.ComponentModel.DataAnnotations;
using CpdTwitter.Infrastructure.Identity;
using CpdTwitter.Web.Security;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace CpdTwitter.Web.Pages.Account;

[AllowAnonymous]
[SignInRateLimited]
public sealed class RecoveryModel(AccountSignIn signIn) : SecondFactorPage
{
    [BindProperty]
    [Required(ErrorMessage = "Enter one of your recovery codes.")]
    [StringLength(64)]
    [Display(Name = "Recovery code")]
    public string Code { get; set; } = string.Empty;

    public Task<IActionResult> OnGetAsync() => ShowIfPendingAsync(signIn);

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        if (!ModelState.IsValid)
        {
            return Page();
        }

        var step = await signIn.RecoveryCodeAsync(Code, cancellationToken);
        return Outcome(step, nameof(Code), "That recovery code is not valid or was already used.");
    }
}
