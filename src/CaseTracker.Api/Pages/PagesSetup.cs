using CaseTracker.Api.Audit;
using CaseTracker.Api.Audit.Export;
using CaseTracker.Api.Reports;

namespace CaseTracker.Api.Pages;

/// <summary>The server-rendered pages beside the API: same host, same write path, same permissions.</summary>
public static class PagesSetup
{
    /// <summary>Development sign-in without passwords, like ./eng/token.sh; off unless configured.</summary>
    public const string LocalSignInKey = "CaseTracker:LocalSignIn";

    /// <summary>Requests for pages, as opposed to the API, its description and the health checks.</summary>
    public static bool IsPage(HttpContext http)
    {
        var path = http.Request.Path;
        return !(path.StartsWithSegments("/api") || path.StartsWithSegments("/openapi") || path.StartsWithSegments("/docs") || path.StartsWithSegments("/health"));
    }

    public static IServiceCollection AddCaseTrackerPages(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddRazorPages(pages =>
        {
            // Everything but signing in needs a signed-in user; each page then asks for its permission.
            pages.Conventions.AuthorizeFolder("/", PermissionMatrix.PolicyName(Permission.ReadCases));
            pages.Conventions.AllowAnonymousToPage("/SignIn");
            pages.Conventions.AllowAnonymousToPage("/Status");
        });
        services.AddSingleton(new LocalSignIn(configuration.GetValue<bool>(LocalSignInKey)));
        services.AddSharedKeyRing();
        return services;
    }

    public static WebApplication MapCaseTrackerPages(this WebApplication app)
    {
        app.MapRazorPages();

        // Downloads a signed-in page user may take: the same endpoints as /api, reached with the page cookie.
        // The API method's description attributes describe its /api route; this route is not described.
#pragma warning disable ASP0005
        app.MapGet("/audit/cases/{id:guid}/export", (Guid id, HttpContext http, AuditDatabase database, TimeProvider clock) =>
                ExportCaseEndpoint.Get(id, http, database, clock))
            .RequireAuthorization(PermissionMatrix.PolicyName(Permission.ReadAudit))
            .ExcludeFromDescription();
#pragma warning restore ASP0005
        app.MapGet("/reports/learning.csv", async (HttpContext http, ReportReader reports, string? from, string? to, string? service) =>
            {
                var errors = new Dictionary<string, string[]>();
                var range = MonthRange.TryParse(from, to, errors);
                if (range is null || errors.Count > 0) return Problems.Validation(errors);
                var data = await reports.ReadAsync(Actor.From(http.User).Tenant, range, service, http.RequestAborted);
                http.Response.Headers.ContentDisposition = $"attachment; filename=\"learning-{range.From}-{range.To}.csv\"";
                return ReportCsv.Result(data.Rows);
            })
            .RequireAuthorization(PermissionMatrix.PolicyName(Permission.ReadReports))
            .ExcludeFromDescription();
        return app;
    }
}

/// <summary>Whether the sign-in page may sign anyone in as anyone: only for local development and tests.</summary>
public sealed record LocalSignIn(bool Enabled);
