using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.Net.Http.Headers;

namespace CaseTracker.Api.Http;

/// <summary>
/// Cheap checks made before any endpoint runs, in this order: the caller is authenticated, no query
/// value holds a NUL (PostgreSQL cannot take one as text, so a filter with it failed as a 500), the
/// body is not too large, and it is JSON. Routing alone would answer a non-JSON body with 415 before
/// authorisation ran, telling an anonymous caller more than "401".
/// </summary>
public sealed class RequestGuards(RequestDelegate next)
{
    public const long MaxBodyBytes = 64 * 1024;

    public async Task InvokeAsync(HttpContext context)
    {
        var request = context.Request;
        if (request.Path.StartsWithSegments("/api") && context.User.Identity?.IsAuthenticated != true)
        {
            await context.ChallengeAsync();
            return;
        }

        if (request.Path.StartsWithSegments("/api") && request.Query.FirstOrDefault(q => q.Value.Any(v => v?.Contains('\0', StringComparison.Ordinal) == true)) is { Key: { } name })
        {
            await Problems.Validation(name, "Query values must not contain the NUL character (U+0000).").ExecuteAsync(context);
            return;
        }

        if (request.Path.StartsWithSegments("/api") && (HttpMethods.IsPost(request.Method) || HttpMethods.IsPut(request.Method) || HttpMethods.IsPatch(request.Method)))
        {
            if (context.Features.Get<IHttpMaxRequestBodySizeFeature>() is { IsReadOnly: false } limit)
                limit.MaxRequestBodySize = MaxBodyBytes;

            if (request.ContentLength > MaxBodyBytes)
            {
                await Problems.PayloadTooLarge().ExecuteAsync(context);
                return;
            }

            var hasBody = request.ContentLength > 0 || request.Headers.TransferEncoding.Count > 0;
            if (hasBody && (!request.HasJsonContentType() || !IsUtf8(request)))
            {
                await Problems.Status(StatusCodes.Status415UnsupportedMediaType, "/problems/unsupported-media-type", "Send JSON",
                    "Request bodies must be application/json, in UTF-8.").ExecuteAsync(context);
                return;
            }
        }

        await next(context);
    }

    /// <summary>JSON is UTF-8 (RFC 8259); a body that claims another charset would be read as something it says it is not.</summary>
    private static bool IsUtf8(HttpRequest request) =>
        MediaTypeHeaderValue.TryParse(request.ContentType, out var type)
        && (type.Charset.Length == 0 || type.Charset.Equals("utf-8", StringComparison.OrdinalIgnoreCase) || type.Charset.Equals("\"utf-8\"", StringComparison.OrdinalIgnoreCase));
}
