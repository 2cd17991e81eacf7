using System.Text.Json;
using Microsoft.AspNetCore.Diagnostics;

namespace CaseTracker.Api.Http;

/// <summary>
/// Turns what clients get wrong — unreadable JSON, a wrong type, a body over the limit — into
/// problem responses. Anything else is ours, stays a 500, and is logged by the framework.
/// </summary>
public sealed class BadRequestHandler : IExceptionHandler
{
    public async ValueTask<bool> TryHandleAsync(HttpContext httpContext, Exception exception, CancellationToken cancellationToken)
    {
        var result = Classify(exception);
        if (result is null) return false;
        await result.ExecuteAsync(httpContext);
        return true;
    }

    private static IResult? Classify(Exception exception) => exception switch
    {
        BadHttpRequestException { StatusCode: StatusCodes.Status413PayloadTooLarge } => Problems.PayloadTooLarge(),
        JsonException json => Problems.Validation(FieldOf(json.Path), Plain(json)),
        BadHttpRequestException { InnerException: JsonException json } => Problems.Validation(FieldOf(json.Path), Plain(json)),
        BadHttpRequestException bad => Problems.Validation("body", bad.Message),
        _ => null,
    };

    private static string FieldOf(string? path) => string.IsNullOrEmpty(path) || path == "$" ? "body" : path.TrimStart('$', '.');

    /// <summary>System.Text.Json's messages name .NET types; say what a caller can act on.</summary>
    private static string Plain(JsonException json) =>
        json.Message.Contains("missing required properties", StringComparison.Ordinal) ? "Required fields are missing: " + json.Message[(json.Message.IndexOf("including", StringComparison.Ordinal) is var i and >= 0 ? i : 0)..]
        : json.Message.Contains("could not be mapped", StringComparison.Ordinal) ? "This field is not part of the request."
        : json.Message.Contains("null", StringComparison.OrdinalIgnoreCase) && json.Message.Contains("nullable", StringComparison.OrdinalIgnoreCase) ? "This field must not be null."
        : json.Path is null or "$" ? "The body is not valid JSON." : "This value has the wrong type or format.";
}
