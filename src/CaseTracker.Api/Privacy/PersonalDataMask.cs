using System.Collections;
using System.Reflection;
using System.Text.Json;
using System.Text.Json.Nodes;
using CaseTracker.Api.Audit.Integrity;

namespace CaseTracker.Api.Privacy;

/// <summary>
/// Masks the personal members of a stored event, in its stored JSON. Only text is replaced: every
/// string inside a personal member becomes <see cref="Erased"/>, while the shape stays — list
/// lengths, dates, enum values and numbers — so counts and outcomes read the same afterwards.
/// The CLR type says which JSON strings are text and which are enums or dates.
/// </summary>
public static class PersonalDataMask
{
    public const string Erased = "[erased]";

    /// <summary>Masks the event's personal members in place; true when anything changed.</summary>
    public static bool Mask(JsonObject data, Type eventType)
    {
        var changed = false;
        foreach (var member in PersonalMembers.Of(eventType))
        {
            var property = eventType.GetProperties(BindingFlags.Public | BindingFlags.Instance)
                .FirstOrDefault(p => JsonNamingPolicy.CamelCase.ConvertName(p.Name) == member);
            if (property is null || data[member] is not { } value) continue;
            var masked = MaskValue(value, property.PropertyType);
            if (JsonNode.DeepEquals(masked, value)) continue;
            data[member] = masked;
            changed = true;
        }

        return changed;
    }

    private static JsonNode? MaskValue(JsonNode? value, Type type)
    {
        type = Nullable.GetUnderlyingType(type) ?? type;
        if (value is null) return null;
        if (type == typeof(string)) return JsonValue.Create(Erased);
        if (value is JsonArray array && ElementType(type) is { } element)
            return new JsonArray([.. array.Select(item => MaskValue(item?.DeepClone(), element))]);
        if (value is JsonObject obj && !type.IsPrimitive && !type.IsEnum)
        {
            var copy = new JsonObject();
            foreach (var (name, child) in obj)
            {
                var property = type.GetProperties(BindingFlags.Public | BindingFlags.Instance)
                    .FirstOrDefault(p => JsonNamingPolicy.CamelCase.ConvertName(p.Name) == name);
                copy[name] = property is null ? child?.DeepClone() : MaskValue(child?.DeepClone(), property.PropertyType);
            }

            return copy;
        }

        // Enums, dates, numbers and flags are the accountability skeleton: they stay.
        return value.DeepClone();
    }

    private static Type? ElementType(Type type) =>
        type.IsArray ? type.GetElementType()
        : type.IsGenericType && typeof(IEnumerable).IsAssignableFrom(type) ? type.GetGenericArguments()[0]
        : null;
}
