using Microsoft.AspNetCore.OpenApi;
using Microsoft.OpenApi;

namespace CaseTracker.Api.Http;

/// <summary>
/// The RFC 9457 problem body every error response has (see <see cref="Problems"/> and
/// <see cref="ProblemShaping"/>), with the bounds of each member. Other members may appear.
/// </summary>
public sealed class ProblemSchema : IOpenApiDocumentTransformer
{
    public const string Id = "Problem";
    public const string MediaType = "application/problem+json";

    public Task TransformAsync(OpenApiDocument document, OpenApiDocumentTransformerContext context, CancellationToken cancellationToken)
    {
        document.AddComponent<IOpenApiSchema>(Id, new OpenApiSchema
        {
            Type = JsonSchemaType.Object,
            Description = "RFC 9457 problem details. `type` is stable: switch on it, not on `title`.",
            Required = new HashSet<string> { "type", "title", "status" },
            Properties = new Dictionary<string, IOpenApiSchema>
            {
                ["type"] = Text(200, "A relative URI naming the kind of problem, e.g. /problems/validation or /problems/rules/{rule}.", "uri-reference"),
                ["title"] = Text(200, "A short, fixed summary of the kind of problem."),
                ["status"] = new OpenApiSchema { Type = JsonSchemaType.Integer, Format = "int32", Minimum = "400", Maximum = "599" },
                // Details can quote what was sent, and a request body is at most MaxBodyBytes.
                ["detail"] = Text((int)RequestGuards.MaxBodyBytes, "What went wrong with this request, in words."),
                ["traceId"] = Text(64, "Quote this when reporting a problem."),
                ["rule"] = new OpenApiSchema
                {
                    Type = JsonSchemaType.String, MaxLength = 100, Pattern = "^[a-z0-9]+(-[a-z0-9]+)*$",
                    Description = "For 409 and 422: the name of the case rule the request would break.",
                },
                ["currentVersion"] = new OpenApiSchema
                {
                    Type = JsonSchemaType.Integer, Format = "int64", Minimum = "0", Maximum = long.MaxValue.ToString(System.Globalization.CultureInfo.InvariantCulture),
                    Description = "For 412: the case's version now; read the case again before deciding.",
                },
                ["errors"] = new OpenApiSchema
                {
                    Type = JsonSchemaType.Object,
                    Description = "For 400: the messages for each field, keyed by the field's JSON path (complainant.contact.email).",
                    AdditionalProperties = new OpenApiSchema
                    {
                        // One message per broken annotation; no member carries more than a few.
                        Type = JsonSchemaType.Array, MaxItems = 10,
                        Items = Text(1000, "One thing to fix."),
                    },
                },
            },
        });
        return Task.CompletedTask;
    }

    private static OpenApiSchema Text(int maxLength, string description, string? format = null) =>
        new() { Type = JsonSchemaType.String, MaxLength = maxLength, Format = format, Description = description };
}
