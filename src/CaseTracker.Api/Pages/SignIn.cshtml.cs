using System.Security.Claims;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace CaseTracker.Api.Pages;

/// <summary>
/// Local sign-in: whoever runs the service locally may be anyone, in any role and organisation,
/// as ./eng/token.sh lets them be for the API. A real deployment puts its identity provider here.
/// </summary>
public sealed class SignInModel(LocalSignIn local) : PageModel
{
    public bool Enabled => local.Enabled;

    [BindProperty, Required(ErrorMessage = "Enter your user name."), StringLength(100, MinimumLength = 1), RegularExpression("^[A-Za-z0-9._@-]+$", ErrorMessage = "Use letters, digits, dots, dashes, underscores or @.")]
    public string? UserName { get; set; }

    [BindProperty, Required(ErrorMessage = "Choose a role.")]
    public string? Role { get; set; }

    [BindProperty, Required(ErrorMessage = "Enter your organisation."), StringLength(100, MinimumLength = 1), RegularExpression("^[A-Za-z0-9._-]+$", ErrorMessage = "Use letters, digits, dots, dashes or underscores.")]
    public string? Organisation { get; set; } = "default";

    [BindProperty(SupportsGet = true)]
    public string? ReturnUrl { get; set; }

    public IActionResult OnGet() => Enabled ? Page() : NotFoundPage();

    public async Task<IActionResult> OnPost()
    {
        if (!Enabled) return NotFoundPage();
        if (Role is not null && !Roles.All.Contains(Role)) ModelState.AddModelError(nameof(Role), "Choose one of the roles listed.");
        if (!ModelState.IsValid) return Page();

        var identity = new ClaimsIdentity(
            [
                new Claim(Actor.SubjectClaim, UserName!),
                new Claim(Actor.NameClaim, UserName!),
                new Claim(Actor.RoleClaim, Role!),
                new Claim(Actor.TenantClaim, Organisation!),
            ],
            SignInSchemes.Pages, Actor.NameClaim, Actor.RoleClaim);
        await HttpContext.SignInAsync(SignInSchemes.Pages, new ClaimsPrincipal(identity));
        // Only back to a page of this site: a sign-in link must not send anyone elsewhere.
        return LocalRedirect(Url.IsLocalUrl(ReturnUrl) ? ReturnUrl! : "/");
    }

    private PageResult NotFoundPage()
    {
        Response.StatusCode = StatusCodes.Status404NotFound;
        return Page();
    }
}
