using CaseTracker.Api.Cases;
using CaseTracker.Api.Cases.Raising;
using Microsoft.AspNetCore.OpenApi;
using Microsoft.OpenApi;

namespace CaseTracker.Api.Http;

/// <summary>
/// Declares, for each /api operation, the problem responses it can actually give. They follow
/// from where the answer is made: the request guards (401, 413, 415), the endpoint's route and
/// body (400, 404), and the shared write paths it uses (<see cref="CaseCommandHandler"/>: 409,
/// 412, 503; <see cref="CaseCreation"/>: 422) — so a new endpoint is described by what it uses.
/// </summary>
public sealed class ErrorResponses : IOpenApiOperationTransformer
{
    public Task TransformAsync(OpenApiOperation operation, OpenApiOperationTransformerContext context, CancellationToken cancellationToken)
    {
        var api = context.Description;
        if (api.RelativePath is not { } path || !path.StartsWith("api/", StringComparison.Ordinal)) return Task.CompletedTask;

        var method = api.HttpMethod ?? "";
        var (writesCase, createsCase) = EndpointWritePath.Of(api);
        var takesBody = HttpMethods.IsPost(method) || HttpMethods.IsPut(method) || HttpMethods.IsPatch(method);
        var hasRouteValues = path.Contains('{', StringComparison.Ordinal);
        var hasQuery = api.ParameterDescriptions.Any(p => p.Source == Microsoft.AspNetCore.Mvc.ModelBinding.BindingSource.Query);

        operation.Responses ??= new OpenApiResponses();
        DropUndescribedResults(operation.Responses);
        var document = context.Document;

        if (takesBody || hasQuery || writesCase || createsCase)
            Add(operation, document, "400", "The request is not valid: `errors` lists each field to fix. Nothing was recorded.");
        Add(operation, document, "401", "No bearer token, or one that is not valid or has expired.");
        Add(operation, document, "403", "The token's role may not do this.");
        if (hasRouteValues)
            Add(operation, document, "404", "There is no such case (or item of it) that you can see.");
        else
            operation.Responses.Remove("404");
        if (writesCase)
        {
            Add(operation, document, "409", "The case does not allow this now: `rule` names the rule. Nothing was recorded.");
            Add(operation, document, "412", "If-Match named a version that is no longer current: `currentVersion` says which is. Nothing was recorded.");
        }

        if (takesBody)
        {
            Add(operation, document, "413", $"The body is larger than {RequestGuards.MaxBodyBytes / 1024} KiB. Nothing was recorded.");
            Add(operation, document, "415", "The body is not application/json. Nothing was recorded.");
        }

        if (createsCase)
            Add(operation, document, "422", "The Idempotency-Key was used for a different body, or the case cannot be raised like this. Nothing was recorded.");
        Add(operation, document, "500", "Something failed on our side.");
        var unavailable = Add(operation, document, "503", writesCase
            ? "The case store is unreachable, or too many changes reached this case at once. If the store went away while saving, the change may have been recorded: "
              + "retry after Retry-After seconds with the same If-Match (a 412 means it was) or, for a new case, the same Idempotency-Key."
            : "The case store is unreachable. Try again after Retry-After seconds.");
        unavailable.Headers = new Dictionary<string, IOpenApiHeader>
        {
            [RateLimitDescription.RetryAfterHeader] = new OpenApiHeader
            {
                Description = "Seconds to wait before trying again.",
                Schema = new OpenApiSchema { Type = JsonSchemaType.Integer, Format = "int32", Minimum = "1", Maximum = "60" },
            },
        };

        return Task.CompletedTask;
    }

    public static Dictionary<string, OpenApiMediaType> ProblemContent(OpenApiDocument? document) => new()
    {
        [ProblemSchema.MediaType] = new OpenApiMediaType { Schema = new OpenApiSchemaReference(ProblemSchema.Id, document) },
    };

    private static OpenApiResponse Add(OpenApiOperation operation, OpenApiDocument? document, string status, string description)
    {
        var response = new OpenApiResponse { Description = description, Content = ProblemContent(document) };
        operation.Responses![status] = response;
        return response;
    }

    /// <summary>The largest text answer (a CSV or printable report): a year of months × services, well under this.</summary>
    private const int MaxTextBody = 16 * 1024 * 1024;

    /// <summary>
    /// An endpoint returning IResult is also listed with "200: IResult", which describes the .NET
    /// return type, not a body. Where the endpoint declares its real success answer, that one stands.
    /// </summary>
    private static void DropUndescribedResults(OpenApiResponses responses)
    {
        // A report answers JSON, CSV or HTML from one operation: the text forms are text, bounded like any answer.
        foreach (var response in responses.Values)
        {
            if (response.Content is not { Count: > 1 } content) continue;
            foreach (var (mediaType, media) in content)
            {
                if (mediaType.StartsWith("text/", StringComparison.Ordinal) && media.Schema is OpenApiSchemaReference { Reference.Id: nameof(IResult) })
                    media.Schema = new OpenApiSchema { Type = JsonSchemaType.String, MaxLength = MaxTextBody };
            }
        }

        var undescribed = responses
            .Where(r => r.Value.Content?.Values.Any(c => c.Schema is OpenApiSchemaReference { Reference.Id: nameof(IResult) }) == true)
            .Select(r => r.Key)
            .ToList();
        if (responses.Keys.Except(undescribed).Any(status => status.StartsWith('2')))
            foreach (var status in undescribed) responses.Remove(status);
    }
}
