using CaseTracker.Domain.Cases;

namespace CaseTracker.Api.Http;

/// <summary>
/// RFC 9457 problem responses. Every error the API gives has a stable type URI a client can
/// switch on; broken domain rules carry the rule's name so a handler knows exactly what to fix.
/// </summary>
public static class Problems
{
    public const string ValidationType = "/problems/validation";
    public const string NotFoundType = "/problems/not-found";
    public const string PreconditionFailedType = "/problems/precondition-failed";
    public const string RuleTypePrefix = "/problems/rules/";

    public static IResult Validation(IDictionary<string, string[]> errors, string detail = "Some fields are missing or invalid.") =>
        Results.ValidationProblem(errors, detail: detail, title: "The request is not valid", type: ValidationType);

    public static IResult Validation(string field, string error) =>
        Validation(new Dictionary<string, string[]> { [field] = [error] });

    public static IResult NotFound(string what = "case") =>
        Results.Problem(
            statusCode: StatusCodes.Status404NotFound,
            type: NotFoundType,
            title: $"No such {what}",
            detail: $"There is no {what} with this id that you can see.");

    public static IResult RuleBroken(RuleViolation violation, int status = StatusCodes.Status409Conflict) =>
        Results.Problem(
            statusCode: status,
            type: RuleTypePrefix + violation.Rule,
            title: "The case does not allow this",
            detail: violation.Detail,
            extensions: new Dictionary<string, object?> { ["rule"] = violation.Rule });

    public static IResult Stale(long expected, long actual) =>
        Results.Problem(
            statusCode: StatusCodes.Status412PreconditionFailed,
            type: PreconditionFailedType,
            title: "The case has changed since you read it",
            detail: $"You sent If-Match for version {expected}; the case is now at version {actual}. Read it again and decide.",
            extensions: new Dictionary<string, object?> { ["currentVersion"] = actual });

    public const string PayloadTooLargeType = "/problems/payload-too-large";
    public const string PayloadTooLargeTitle = "The request body is too large";
    public static readonly string PayloadTooLargeDetail = $"Request bodies are limited to {RequestGuards.MaxBodyBytes / 1024} KiB.";

    /// <summary>One answer for a body over the limit, wherever it is noticed: by length, while reading, or by the framework.</summary>
    public static IResult PayloadTooLarge() =>
        Status(StatusCodes.Status413PayloadTooLarge, PayloadTooLargeType, PayloadTooLargeTitle, PayloadTooLargeDetail);

    public static IResult Status(int status, string type, string title, string detail) =>
        Results.Problem(statusCode: status, type: type, title: title, detail: detail);
}
