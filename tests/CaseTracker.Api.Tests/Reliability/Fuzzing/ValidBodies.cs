using System.Globalization;
using System.Text.Json.Nodes;

namespace CaseTracker.Api.Tests.Reliability.Fuzzing;

/// <summary>A place in a request body that holds one value, and the schema that value must meet.</summary>
public sealed record Slot(string Path, JsonNode Parent, string? Key, int Index, JsonNode Schema)
{
    public void Set(JsonNode? value)
    {
        if (Key is not null) Parent.AsObject()[Key] = value;
        else Parent.AsArray()[Index] = value;
    }

    public void Remove()
    {
        if (Key is not null) Parent.AsObject().Remove(Key);
        else Parent.AsArray().RemoveAt(Index);
    }
}

/// <summary>
/// Bodies that meet their schema, made up from the document alone: the starting point the fuzzer
/// spoils one thing at a time, so that most requests get past parsing and into the handlers.
/// </summary>
public sealed class ValidBodies(OpenApiOperations api, Random random, DateTimeOffset now)
{
    private static readonly string[] Words =
        ["Called Sam back", "Team manager", "Care plan review", "Sam Taylor", "Phoned the family", "Agreed in writing"];

    public (JsonObject Body, IReadOnlyList<Slot> Slots) For(JsonNode schema)
    {
        var slots = new List<Slot>();
        var body = Value(schema, "", "", slots) as JsonObject ?? [];
        return (body, slots);
    }

    private JsonNode? Value(JsonNode schema, string name, string path, List<Slot> slots)
    {
        var resolved = api.Resolve(schema);
        var values = OpenApiOperations.EnumOf(resolved);
        if (values.Count > 0) return values[random.Next(values.Count)];

        switch (OpenApiOperations.TypeOf(resolved))
        {
            case "object":
                var obj = new JsonObject();
                foreach (var (key, property) in resolved["properties"]?.AsObject() ?? [])
                {
                    var childPath = path.Length == 0 ? key : $"{path}.{key}";
                    obj[key] = Value(property!, key, childPath, slots);
                    slots.Add(new Slot(childPath, obj, key, -1, api.Resolve(property!)));
                }

                return obj;
            case "array":
                var array = new JsonArray();
                var count = Math.Max((int?)resolved["minItems"] ?? 1, 1) + random.Next(2);
                for (var i = 0; i < count; i++)
                {
                    array.Add(Value(resolved["items"] ?? new JsonObject(), name, $"{path}[{i}]", slots));
                    slots.Add(new Slot($"{path}[{i}]", array, null, i, api.Resolve(resolved["items"] ?? new JsonObject())));
                }

                return array;
            case "integer":
            case "number":
                var low = (int?)resolved["minimum"] ?? 1;
                var high = (int?)resolved["maximum"] ?? low + 5;
                return random.Next(low, high + 1);
            case "boolean":
                return random.Next(2) == 0;
            default:
                return Text(resolved, name);
        }
    }

    /// <summary>A GUID from the seeded generator, so that a run can be repeated exactly.</summary>
    public static Guid RandomGuid(Random random)
    {
        var bytes = new byte[16];
        random.NextBytes(bytes);
        return new Guid(bytes);
    }

    private string Text(JsonNode schema, string name)
    {
        var today = DateOnly.FromDateTime(now.UtcDateTime);
        var dueLater = name.EndsWith("dueBy", StringComparison.OrdinalIgnoreCase);
        switch ((string?)schema["format"])
        {
            case "date-time":
                return now.AddHours(-random.Next(0, 72)).ToString("O", CultureInfo.InvariantCulture);
            case "date":
                var date = dueLater ? today.AddDays(random.Next(1, 90)) : today.AddDays(-random.Next(0, 30));
                return date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
            case "uuid":
                return RandomGuid(random).ToString();
        }

        var word = Words[random.Next(Words.Length)];
        var max = (int?)schema["maxLength"] ?? word.Length;
        return word.Length <= max ? word : word[..Math.Max(max, 1)];
    }
}
