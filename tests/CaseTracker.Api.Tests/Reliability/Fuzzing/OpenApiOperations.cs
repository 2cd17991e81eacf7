using System.Text.Json.Nodes;

namespace CaseTracker.Api.Tests.Reliability.Fuzzing;

/// <summary>One parameter of an operation, as the document declares it.</summary>
public sealed record OperationParameter(string Name, string In, bool Required, JsonNode Schema);

/// <summary>One operation of the API: what the fuzzer may call, and with what.</summary>
public sealed record Operation(string Method, string Path, IReadOnlyList<OperationParameter> Parameters, JsonNode? Body)
{
    public IEnumerable<OperationParameter> In(string where) => Parameters.Where(p => p.In == where);

    public bool IsWrite => Method is "POST" or "PUT" or "PATCH" or "DELETE";

    public override string ToString() => $"{Method} {Path}";
}

/// <summary>
/// Reads the operations out of the OpenAPI document the host serves, and resolves the schemas they
/// point to, so the fuzzer covers whatever the API says it offers rather than a list kept by hand.
/// </summary>
public sealed class OpenApiOperations(JsonNode document)
{
    public IReadOnlyList<Operation> All { get; } =
    [
        .. from path in document["paths"]!.AsObject()
           where path.Key.StartsWith("/api/", StringComparison.Ordinal)
           from operation in path.Value!.AsObject()
           select new Operation(
               operation.Key.ToUpperInvariant(),
               path.Key,
               [.. (operation.Value!["parameters"]?.AsArray() ?? []).Select(p => new OperationParameter(
                   (string)p!["name"]!, (string)p["in"]!, (bool?)p["required"] ?? false, p["schema"] ?? new JsonObject()))],
               operation.Value["requestBody"]?["content"]?["application/json"]?["schema"]),
    ];

    /// <summary>
    /// The schema a value must meet, with references followed and "this or null" reduced to "this":
    /// the fuzzer decides for itself when to send a null.
    /// </summary>
    public JsonNode Resolve(JsonNode schema)
    {
        for (var hops = 0; hops < 32; hops++)
        {
            if (schema["$ref"] is { } reference)
            {
                schema = document["components"]!["schemas"]![((string)reference!).Split('/')[^1]]!;
                continue;
            }

            var choices = (schema["oneOf"] ?? schema["anyOf"])?.AsArray();
            var notNull = choices?.FirstOrDefault(c => (string?)c?["type"] != "null");
            if (notNull is null) return schema;
            schema = notNull;
        }

        throw new InvalidOperationException("The document's schema references go round in a circle.");
    }

    /// <summary>The schema's type other than null: "string", "integer", "object"…; null when it only lists values.</summary>
    public static string? TypeOf(JsonNode schema) => schema["type"] switch
    {
        JsonValue single => (string?)single,
        JsonArray many => many.Select(t => (string?)t).FirstOrDefault(t => t is not null and not "null"),
        _ => schema["properties"] is not null ? "object" : null,
    };

    public static IReadOnlyList<string> EnumOf(JsonNode schema) =>
        [.. (schema["enum"]?.AsArray() ?? []).Select(v => v?.GetValueKind() == System.Text.Json.JsonValueKind.String ? (string?)v : null).OfType<string>()];
}
