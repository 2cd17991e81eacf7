using Microsoft.AspNetCore.OpenApi;
using Microsoft.OpenApi;

namespace CaseTracker.Api.Http;

/// <summary>
/// The OpenAPI document: what the API is for, and the transformers that make it state every limit
/// the API enforces (docs/security.md, "OpenAPI lint", says which rule each one answers).
/// </summary>
public static class ApiDescription
{
    public static void Configure(OpenApiOptions options)
    {
        options.AddDocumentTransformer((document, _, _) =>
        {
            document.Info = new OpenApiInfo
            {
                Title = "CaseTracker API",
                Version = "v1",
                Description = "Complaints and harm incidents in mental health social care, kept as immutable event streams. "
                    + "Authenticate with a bearer token (./eng/token.sh USER ROLE locally). Errors are RFC 9457 problem details.",
            };
            return Task.CompletedTask;
        });
        options.AddDocumentTransformer<BearerSchemeDescription>();
        options.AddDocumentTransformer<ServerDescription>();
        options.AddDocumentTransformer<ProblemSchema>();

        options.AddSchemaTransformer<ListItemsSchema>();
        options.AddSchemaTransformer<FormatLengthSchema>();

        options.AddOperationTransformer<RequestHeaders>();
        options.AddOperationTransformer<PathParameterBounds>();
        // Error responses first: the rate-limit headers go on them too.
        options.AddOperationTransformer<ErrorResponses>();
        options.AddOperationTransformer<RateLimitDescription>();
        options.AddOperationTransformer((operation, _, _) =>
        {
            // In status order, for people reading the document.
            if (operation.Responses is { } responses)
            {
                var sorted = responses.OrderBy(r => r.Key, StringComparer.Ordinal).ToList();
                responses.Clear();
                foreach (var (status, response) in sorted) responses[status] = response;
            }

            return Task.CompletedTask;
        });

        // Last, when every schema the document uses is in place.
        options.AddDocumentTransformer<ResponseBounds>();
    }
}
