using CaseTracker.Api.Cases.Raising;
using Microsoft.AspNetCore.OpenApi;
using Microsoft.OpenApi;

namespace CaseTracker.Api.Http;

/// <summary>
/// Documents the request headers the shared write paths read: If-Match on case writes
/// (<see cref="Preconditions"/>) and Idempotency-Key on case creation (<see cref="CaseCreation"/>).
/// </summary>
public sealed class RequestHeaders : IOpenApiOperationTransformer
{
    public Task TransformAsync(OpenApiOperation operation, OpenApiOperationTransformerContext context, CancellationToken cancellationToken)
    {
        var path = EndpointWritePath.Of(context.Description);
        if (path.WritesCase)
        {
            Add(operation, "If-Match", "The case's ETag from your last read. If the case has changed since, nothing is recorded and the answer is 412.",
                new OpenApiSchema { Type = JsonSchemaType.String, MaxLength = 24, Pattern = "^(\\*|(W/)?\"[0-9]{1,19}\")$" });
        }

        if (path.CreatesCase)
        {
            Add(operation, "Idempotency-Key", "Any unique text. Retrying with the same key and body returns the first answer instead of raising the case twice.",
                new OpenApiSchema { Type = JsonSchemaType.String, MinLength = 1, MaxLength = CaseCreation.MaxKeyLength });
        }

        return Task.CompletedTask;
    }

    private static void Add(OpenApiOperation operation, string name, string description, OpenApiSchema schema)
    {
        operation.Parameters ??= [];
        operation.Parameters.Add(new OpenApiParameter { Name = name, In = ParameterLocation.Header, Required = false, Description = description, Schema = schema });
    }
}
