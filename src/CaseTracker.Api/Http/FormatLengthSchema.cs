using Microsoft.AspNetCore.OpenApi;
using Microsoft.OpenApi;

namespace CaseTracker.Api.Http;

/// <summary>
/// Strings whose format fixes their length say so: ids, dates, instants, and integers (which the
/// JSON options also read from strings). Longer values cannot be read and are refused with 400.
/// </summary>
public sealed class FormatLengthSchema : IOpenApiSchemaTransformer
{
    /// <summary>The longest text of each format that System.Text.Json reads.</summary>
    private static readonly Dictionary<string, int> LongestText = new(StringComparer.Ordinal)
    {
        ["uuid"] = 36,        // 8-4-4-4-12 hex digits with hyphens
        ["date"] = 10,        // yyyy-MM-dd
        ["date-time"] = 42,   // ISO 8601 with up to 16 fraction digits and an offset
        ["int32"] = 11,       // -2147483648
        ["int64"] = 20,       // -9223372036854775808
    };

    public Task TransformAsync(OpenApiSchema schema, OpenApiSchemaTransformerContext context, CancellationToken cancellationToken)
    {
        if (schema.Type is { } type && type.HasFlag(JsonSchemaType.String) && schema.MaxLength is null
            && schema.Format is { } format && LongestText.TryGetValue(format, out var length))
        {
            schema.MaxLength = length;
        }

        return Task.CompletedTask;
    }
}
