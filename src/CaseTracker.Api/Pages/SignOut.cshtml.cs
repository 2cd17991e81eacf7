using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace CaseTracker.Api.Pages;

public sealed class SignOutModel : PageModel
{
    public IActionResult OnGet() => Redirect("/");

    public async Task<IActionResult> OnPost()
    {
        await HttpContext.SignOutAsync(SignInSchemes.Pages);
        return Redirect("/sign-in");
    }
}
