using Microsoft.AspNetCore.Http.Features;

namespace CaseTracker.Api.Http;

/// <summary>
/// Cheap checks made before any endpoint runs: the body is JSON and not too large.
/// Both are refused early so a bad request never reaches the event store.
/// </summary>
public sealed class RequestGuards(RequestDelegate next)
{
    public const long MaxBodyBytes = 64 * 1024;

    public async Task InvokeAsync(HttpContext context)
    {
        var request = context.Request;
        if (request.Path.StartsWithSegments("/api") && (HttpMethods.IsPost(request.Method) || HttpMethods.IsPut(request.Method) || HttpMethods.IsPatch(request.Method)))
        {
            if (context.Features.Get<IHttpMaxRequestBodySizeFeature>() is { IsReadOnly: false } limit)
                limit.MaxRequestBodySize = MaxBodyBytes;

            if (request.ContentLength > MaxBodyBytes)
            {
                await Problems.Status(StatusCodes.Status413PayloadTooLarge, "/problems/payload-too-large", "The request body is too large",
                    $"Request bodies are limited to {MaxBodyBytes / 1024} KiB.").ExecuteAsync(context);
                return;
            }

            var hasBody = request.ContentLength > 0 || request.Headers.TransferEncoding.Count > 0;
            if (hasBody && !request.HasJsonContentType())
            {
                await Problems.Status(StatusCodes.Status415UnsupportedMediaType, "/problems/unsupported-media-type", "Send JSON",
                    "Request bodies must be application/json.").ExecuteAsync(context);
                return;
            }
        }

        await next(context);
    }
}
