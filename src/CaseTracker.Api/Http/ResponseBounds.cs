using System.Globalization;
using Microsoft.AspNetCore.OpenApi;
using Microsoft.OpenApi;

namespace CaseTracker.Api.Http;

/// <summary>
/// Gives the schemas only responses use the bounds their values cannot exceed, where no tighter
/// bound is declared. Every string the API returns is built from input fields (each bounded by an
/// annotation, 8,000 characters at most) and a sentence of fixed words, so it is far below
/// <see cref="MaxTextLength"/>; an integer stays within its format's range. Schemas that requests
/// use are left alone: an input without a declared bound must show up in the lint, not be covered.
/// Response arrays get no default: each needs a real maximum (e.g. [MaxLength] on the property).
/// </summary>
public sealed class ResponseBounds : IOpenApiDocumentTransformer
{
    public const int MaxTextLength = (int)RequestGuards.MaxBodyBytes;

    public Task TransformAsync(OpenApiDocument document, OpenApiDocumentTransformerContext context, CancellationToken cancellationToken)
    {
        var inputs = new HashSet<OpenApiSchema>(ReferenceEqualityComparer.Instance);
        var outputs = new HashSet<OpenApiSchema>(ReferenceEqualityComparer.Instance);
        var operations = document.Paths?.Values.SelectMany(p => p.Operations?.Values.AsEnumerable() ?? []) ?? [];
        foreach (var operation in operations)
        {
            foreach (var parameter in operation.Parameters ?? []) Collect(parameter.Schema, document, inputs);
            foreach (var body in operation.RequestBody?.Content?.Values ?? []) Collect(body.Schema, document, inputs);
            foreach (var body in operation.Responses?.Values.SelectMany(r => r.Content?.Values ?? []) ?? []) Collect(body.Schema, document, outputs);
        }

        foreach (var schema in outputs.Where(s => !inputs.Contains(s))) Bound(schema);
        DropUnused(document, inputs, outputs);
        return Task.CompletedTask;
    }

    private static void Bound(OpenApiSchema schema)
    {
        if (schema.Type is not { } type) return;
        if (type.HasFlag(JsonSchemaType.String) && schema.MaxLength is null && schema.Enum is not { Count: > 0 } && schema.Const is null)
            schema.MaxLength = MaxTextLength;
        if (type.HasFlag(JsonSchemaType.Integer))
        {
            var int64 = schema.Format == "int64";
            if (schema.Minimum is null && schema.ExclusiveMinimum is null)
                schema.Minimum = int64 ? long.MinValue.ToString(CultureInfo.InvariantCulture) : int.MinValue.ToString(CultureInfo.InvariantCulture);
            if (schema.Maximum is null && schema.ExclusiveMaximum is null)
                schema.Maximum = int64 ? long.MaxValue.ToString(CultureInfo.InvariantCulture) : int.MaxValue.ToString(CultureInfo.InvariantCulture);
        }
    }

    /// <summary>Adds the schema and everything it contains, following references into the components.</summary>
    private static void Collect(IOpenApiSchema? schema, OpenApiDocument document, HashSet<OpenApiSchema> found)
    {
        var target = schema switch
        {
            OpenApiSchemaReference { Reference.Id: { } id } => document.Components?.Schemas?.TryGetValue(id, out var component) == true ? component as OpenApiSchema : null,
            OpenApiSchema inline => inline,
            _ => null,
        };
        if (target is null || !found.Add(target)) return;

        foreach (var child in target.Properties?.Values ?? []) Collect(child, document, found);
        foreach (var child in (target.OneOf ?? []).Concat(target.AnyOf ?? []).Concat(target.AllOf ?? [])) Collect(child, document, found);
        Collect(target.Items, document, found);
        Collect(target.AdditionalProperties, document, found);
    }

    /// <summary>Components no operation uses (such as the .NET IResult type) describe nothing.</summary>
    private static void DropUnused(OpenApiDocument document, HashSet<OpenApiSchema> inputs, HashSet<OpenApiSchema> outputs)
    {
        if (document.Components?.Schemas is not { } schemas) return;
        foreach (var (id, schema) in schemas.ToList())
        {
            if (schema is OpenApiSchema s && !inputs.Contains(s) && !outputs.Contains(s)) schemas.Remove(id);
        }
    }
}
