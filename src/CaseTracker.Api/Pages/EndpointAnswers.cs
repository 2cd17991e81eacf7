using Microsoft.AspNetCore.Http.HttpResults;

namespace CaseTracker.Api.Pages;

/// <summary>
/// Pages call the API's own endpoint methods and show what they answered, so a page can never
/// disagree with the API about a rule, a validation message or a stale version.
/// </summary>
public static class EndpointAnswers
{
    public static T? ValueAs<T>(this IResult answer) where T : class => answer is IValueHttpResult { Value: T value } ? value : null;

    public static ProblemDetails? AsProblem(this IResult answer) => answer is ProblemHttpResult problem ? problem.ProblemDetails : null;

    public static bool IsStale(this ProblemDetails problem) => problem.Status == StatusCodes.Status412PreconditionFailed;

    /// <summary>The rule a 409 or 422 names, as the API gives it in the problem's "rule" member.</summary>
    public static string? Rule(this ProblemDetails problem) =>
        problem.Extensions.TryGetValue("rule", out var rule) ? rule?.ToString() : null;

    /// <summary>Field errors of a validation problem, keyed case-insensitively by the field's name.</summary>
    public static IReadOnlyDictionary<string, string[]> FieldErrors(this ProblemDetails? problem) =>
        problem is HttpValidationProblemDetails validation
            ? new Dictionary<string, string[]>(validation.Errors, StringComparer.OrdinalIgnoreCase)
            : new Dictionary<string, string[]>();
}
