using Microsoft.AspNetCore.Mvc.RazorPages;

namespace CaseTracker.Api.Pages;

/// <summary>Who is signed in, and what <see cref="PermissionMatrix"/> lets them do: the same answer the API gives.</summary>
public static class PageActor
{
    public static Actor Actor(this PageModel page) => Security.Actor.From(page.User);

    public static bool Can(this PageModel page, Permission permission) =>
        PermissionMatrix.Allows(page.Actor().Role, permission);
}
