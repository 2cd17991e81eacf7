using System.Reflection;
using Microsoft.AspNetCore.OpenApi;
using Microsoft.OpenApi;

namespace CaseTracker.Api.Http;

/// <summary>
/// States a <see cref="ListItemsAttribute"/> in the document: at most so many items, each a non-empty
/// string of at most so many characters. The generator knows only the framework's own annotations.
/// </summary>
public sealed class ListItemsSchema : IOpenApiSchemaTransformer
{
    public Task TransformAsync(OpenApiSchema schema, OpenApiSchemaTransformerContext context, CancellationToken cancellationToken)
    {
        if (context.JsonPropertyInfo?.AttributeProvider is ICustomAttributeProvider member
            && member.GetCustomAttributes(typeof(ListItemsAttribute), inherit: true) is [ListItemsAttribute items, ..])
        {
            schema.MaxItems = items.MaxItems;
            // A new item schema rather than an edit: the generator may share the one it made.
            schema.Items = new OpenApiSchema { Type = JsonSchemaType.String, MinLength = 1, MaxLength = items.MaxItemLength };
        }

        return Task.CompletedTask;
    }
}
