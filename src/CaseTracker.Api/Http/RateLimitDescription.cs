using Microsoft.AspNetCore.OpenApi;
using Microsoft.OpenApi;

namespace CaseTracker.Api.Http;

/// <summary>
/// Declares the per-user write budget of <see cref="WriteRateLimits"/>: the RateLimit headers (IETF
/// httpapi-ratelimit-headers, the Limit/Remaining/Reset form) on every 2xx and 4xx answer to a
/// write that reaches the budget, and the 429 answer with Retry-After. Reads are not rate limited,
/// so their responses declare none of this.
/// </summary>
public sealed class RateLimitDescription : IOpenApiOperationTransformer
{
    public const string LimitHeader = "RateLimit-Limit";
    public const string RemainingHeader = "RateLimit-Remaining";
    public const string ResetHeader = "RateLimit-Reset";
    public const string RetryAfterHeader = "Retry-After";

    /// <summary>The longest window a limit may have; Reset and Retry-After never exceed it.</summary>
    public const int MaxWindowSeconds = 24 * 60 * 60;

    /// <summary>Which operations the budget counts (as <see cref="WriteRateLimits"/> decides): writes under /api.</summary>
    public static bool IsLimited(string httpMethod, string relativePath) =>
        relativePath.StartsWith("api/", StringComparison.Ordinal)
        && (HttpMethods.IsPost(httpMethod) || HttpMethods.IsPut(httpMethod) || HttpMethods.IsPatch(httpMethod) || HttpMethods.IsDelete(httpMethod));

    /// <summary>
    /// Answers given before the budget is consulted carry no RateLimit headers: 401 and 403 from
    /// authentication and authorisation, 413 and 415 from the request guards.
    /// </summary>
    public static readonly IReadOnlySet<string> AnsweredBeforeTheBudget = new HashSet<string> { "401", "403", "413", "415" };

    public Task TransformAsync(OpenApiOperation operation, OpenApiOperationTransformerContext context, CancellationToken cancellationToken)
    {
        var api = context.Description;
        if (api.HttpMethod is not { } method || api.RelativePath is not { } path || !IsLimited(method, path) || operation.Responses is null)
            return Task.CompletedTask;

        operation.Responses["429"] = new OpenApiResponse
        {
            Description = "Too many writes by this user: nothing was recorded. Wait for Retry-After seconds, then try again.",
            Headers = new Dictionary<string, IOpenApiHeader>
            {
                [RetryAfterHeader] = Header("Seconds to wait before trying again.", 1, MaxWindowSeconds),
            },
            Content = ErrorResponses.ProblemContent(context.Document),
        };

        foreach (var (status, response) in operation.Responses)
        {
            if (status is not ['2' or '4', ..] || AnsweredBeforeTheBudget.Contains(status) || response is not OpenApiResponse described) continue;
            described.Headers ??= new Dictionary<string, IOpenApiHeader>();
            described.Headers[LimitHeader] = Header("How many writes this user may make in the current window.", 1, int.MaxValue);
            described.Headers[RemainingHeader] = Header("How many of them are left.", 0, int.MaxValue);
            described.Headers[ResetHeader] = Header("Seconds until the window starts again.", 0, MaxWindowSeconds);
        }

        return Task.CompletedTask;
    }

    private static OpenApiHeader Header(string description, int minimum, int maximum) => new()
    {
        Description = description,
        Schema = new OpenApiSchema
        {
            Type = JsonSchemaType.Integer, Format = "int32",
            Minimum = minimum.ToString(System.Globalization.CultureInfo.InvariantCulture),
            Maximum = maximum.ToString(System.Globalization.CultureInfo.InvariantCulture),
        },
    };
}
