using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Http.Features;

namespace CaseTracker.Api.Http;

/// <summary>
/// Gives every problem response the same shape, including those written by the framework and by
/// Wolverine when a body cannot be read: a JSON type error names the offending field under
/// <c>errors</c>, exactly like a validation failure does.
/// </summary>
public static partial class ProblemShaping
{
    public static void Customize(ProblemDetailsContext context)
    {
        var problem = context.ProblemDetails;
        problem.Extensions.Remove("lineNumber");
        problem.Extensions.Remove("bytePositionInLine");
        problem.Extensions["traceId"] = System.Diagnostics.Activity.Current?.TraceId.ToString() ?? context.HttpContext.TraceIdentifier;

        if (problem.Title == "Invalid JSON format")
        {
            var detail = problem.Detail ?? "";
            var unknown = UnknownProperty().Match(detail);
            var field = unknown.Success ? unknown.Groups[1].Value
                : JsonPath().Match(detail) is { Success: true } m && m.Groups[1].Value.Length > 0 ? m.Groups[1].Value
                : "body";
            problem.Type = Problems.ValidationType;
            problem.Title = "The request is not valid";
            problem.Detail = field == "body" ? "The body is not valid JSON for this request." : "A field is unknown, or has the wrong type or format.";
            problem.Extensions["errors"] = new Dictionary<string, string[]>
            {
                [field] = [field == "body" ? "Send a JSON object as documented."
                    : unknown.Success ? "This field is not part of the request."
                    : "This value has the wrong type or format, or is not one of the allowed values."],
            };
            return;
        }

        if (problem.Title == "Invalid query string value" && problem.Extensions.TryGetValue("parameter", out var parameter))
        {
            problem.Type = Problems.ValidationType;
            problem.Title = "The request is not valid";
            problem.Extensions.Remove("parameter");
            problem.Extensions["errors"] = new Dictionary<string, string[]> { [$"{parameter}"] = [problem.Detail ?? "This value cannot be read."] };
            return;
        }

        if (problem.Status == StatusCodes.Status413PayloadTooLarge)
        {
            problem.Type = Problems.PayloadTooLargeType;
            problem.Title = Problems.PayloadTooLargeTitle;
            problem.Detail = Problems.PayloadTooLargeDetail;
            return;
        }

        problem.Type = problem.Status switch
        {
            StatusCodes.Status401Unauthorized => "/problems/unauthenticated",
            StatusCodes.Status403Forbidden => "/problems/forbidden",
            StatusCodes.Status404NotFound when problem.Type is null or "" || problem.Type.StartsWith("http", StringComparison.Ordinal) => Problems.NotFoundType,
            StatusCodes.Status405MethodNotAllowed => "/problems/method-not-allowed",
            _ => problem.Type,
        };
        if (problem.Status == StatusCodes.Status401Unauthorized)
            problem.Detail ??= "Send a bearer token: Authorization: Bearer <token>.";
    }

    [GeneratedRegex("The JSON property '([^']+)' could not be mapped")]
    private static partial Regex UnknownProperty();

    [GeneratedRegex(@"Path: \$\.?([^ |]*)")]
    private static partial Regex JsonPath();
}
