namespace CaseTracker.Api.Http;

/// <summary>
/// The checks every request body gets before its command is made. A body of JSON <c>null</c> is
/// valid JSON, and binds to a null request rather than being refused: it is refused here, as a
/// body that is not the JSON object the endpoint documents. Then <see cref="RequestValidation"/>.
/// </summary>
public static class RequestBody
{
    public static IResult? Check(object? request) =>
        request is null ? Problems.Validation("body", "Send a JSON object as documented.") : RequestValidation.Check(request);
}
