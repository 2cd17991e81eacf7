using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Authentication.JwtBearer;

namespace CaseTracker.Api.Security;

/// <summary>
/// Two ways in, chosen by path: /api takes bearer tokens only (a cookie never authenticates an API
/// call, so a forged cross-site request cannot write through it), the pages take a cookie.
/// Both carry the same claims, so <see cref="PermissionMatrix"/> decides for both.
/// </summary>
public static class SignInSchemes
{
    public const string ByPath = "by-path";
    public const string Pages = CookieAuthenticationDefaults.AuthenticationScheme;

    public static bool IsApi(HttpContext http) => http.Request.Path.StartsWithSegments("/api");

    public static AuthenticationBuilder AddSignInSchemes(this AuthenticationBuilder authentication) =>
        authentication
            .AddPolicyScheme(ByPath, "Bearer for /api, cookie for pages", options =>
                options.ForwardDefaultSelector = http => IsApi(http) ? JwtBearerDefaults.AuthenticationScheme : Pages)
            .AddCookie(Pages, options =>
            {
                options.Cookie.Name = "casetracker";
                options.Cookie.HttpOnly = true;
                options.Cookie.SameSite = SameSiteMode.Strict;
                options.Cookie.SecurePolicy = CookieSecurePolicy.SameAsRequest;
                options.ExpireTimeSpan = TimeSpan.FromHours(8);
                options.SlidingExpiration = false;
                options.LoginPath = "/sign-in";
                options.LogoutPath = "/sign-out";
                // A page the role may not use answers 403 with an explanation, not a redirect to nowhere.
                options.Events.OnRedirectToAccessDenied = context =>
                {
                    context.Response.StatusCode = StatusCodes.Status403Forbidden;
                    return Task.CompletedTask;
                };
            });
}
