namespace CaseTracker.Api.Http;

/// <summary>
/// Headers on every response: no MIME sniffing, no framing, no referrer, and a content security
/// policy. API answers are never cached (they hold special-category data); the API reference page
/// gets the one relaxation its bundled script needs, and nothing from outside this origin.
/// </summary>
public sealed class SecurityHeaders(RequestDelegate next)
{
    private const string ApiPolicy = "default-src 'none'; frame-ancestors 'none'; base-uri 'none'";
    private const string PagePolicy = "default-src 'self'; img-src 'self' data:; frame-ancestors 'none'; base-uri 'none'; form-action 'self'";
    private const string DocsPolicy = "default-src 'self'; script-src 'self' 'unsafe-inline'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; font-src 'self' data:; frame-ancestors 'none'; base-uri 'none'";

    public Task InvokeAsync(HttpContext context)
    {
        var headers = context.Response.Headers;
        var path = context.Request.Path;
        headers.XContentTypeOptions = "nosniff";
        headers.XFrameOptions = "DENY";
        headers["Referrer-Policy"] = "no-referrer";
        headers["Cross-Origin-Opener-Policy"] = "same-origin";
        headers.ContentSecurityPolicy = path.StartsWithSegments("/docs") ? DocsPolicy
            : path.StartsWithSegments("/api") || path.StartsWithSegments("/openapi") ? ApiPolicy
            : PagePolicy;
        if (path.StartsWithSegments("/api")) headers.CacheControl = "no-store";
        return next(context);
    }
}
