using System.Text.Json.Nodes;
using Microsoft.AspNetCore.OpenApi;
using Microsoft.OpenApi;

namespace CaseTracker.Api.Http;

/// <summary>
/// The generator lists the address the document was requested from, which is plain http on a
/// local run and says nothing about the audience. A relative server is true wherever the API runs.
/// </summary>
public sealed class ServerDescription : IOpenApiDocumentTransformer
{
    public Task TransformAsync(OpenApiDocument document, OpenApiDocumentTransformerContext context, CancellationToken cancellationToken)
    {
        document.Servers =
        [
            new OpenApiServer
            {
                Url = "/",
                Description = "The deployment that served this document (local, test or production): paths are relative to it. "
                    + "Outside a local run it must be reached over https only.",
                // Internal: the API serves a care provider's own staff and their tools, not the public.
                Extensions = new Dictionary<string, IOpenApiExtension> { ["x-internal"] = new JsonNodeExtension(JsonValue.Create(true)) },
            },
        ];
        return Task.CompletedTask;
    }
}
