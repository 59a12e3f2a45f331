using CpdTwitter.Infrastructure.Identity;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace CpdTwitter.Web.Pages.Account;

[AllowAnonymous]
public sealed class SignOutModel(AccountSignIn signIn, UserManager<ApplicationUser> users) : PageModel
{
    public IActionResult OnGet() => Page();

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        var user = User.Identity?.IsAuthenticated == true ? await users.GetUserAsync(User) : null;
        await signIn.SignOutAsync(user, cancellationToken);
        return RedirectToPage();
    }
}
