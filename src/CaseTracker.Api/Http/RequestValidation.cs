using System.Collections;
using System.Collections.Concurrent;
using System.Reflection;
using System.Text.Json;

namespace CaseTracker.Api.Http;

/// <summary>
/// Validates a request against the data annotations on its records, walking into nested records
/// and lists, and names each failing field by its JSON path (<c>complainant.contact.email</c>).
/// The same annotations describe the limits in the OpenAPI document, so the two cannot drift.
/// Text holding a NUL character (U+0000) is refused too: PostgreSQL can store none in text or
/// jsonb, so it would otherwise fail only at commit.
/// </summary>
public static class RequestValidation
{
    private const string NoNul = "Text must not contain the NUL character (U+0000).";

    /// <summary>Per request type, the properties that hold text, nested records or lists: found once, not on every request.</summary>
    private static readonly ConcurrentDictionary<Type, (PropertyInfo Property, string Name)[]> Walkable = new();

    public static IResult? Check(object request)
    {
        var errors = new Dictionary<string, List<string>>();
        Walk(request, prefix: "", errors);
        return errors.Count == 0
            ? null
            : Problems.Validation(errors.ToDictionary(e => e.Key, e => e.Value.ToArray()));
    }

    private static void Walk(object instance, string prefix, Dictionary<string, List<string>> errors)
    {
        var results = new List<ValidationResult>();
        Validator.TryValidateObject(instance, new ValidationContext(instance), results, validateAllProperties: true);
        foreach (var result in results)
        {
            foreach (var member in result.MemberNames.DefaultIfEmpty(""))
            {
                Add(errors, Join(prefix, JsonNamingPolicy.CamelCase.ConvertName(member)), result.ErrorMessage ?? "Invalid value.");
            }
        }

        foreach (var (property, jsonName) in Walkable.GetOrAdd(instance.GetType(), WalkableProperties))
        {
            var value = property.GetValue(instance);
            var name = Join(prefix, jsonName);
            switch (value)
            {
                case string text:
                    if (text.Contains('\0', StringComparison.Ordinal)) Add(errors, name, NoNul);
                    break;
                case null or ValueType:
                    break;
                case IEnumerable items:
                    var index = 0;
                    foreach (var item in items)
                    {
                        if (item is string itemText && itemText.Contains('\0', StringComparison.Ordinal)) Add(errors, $"{name}[{index}]", NoNul);
                        else if (item is not (null or string or ValueType)) Walk(item, $"{name}[{index}]", errors);
                        index++;
                    }

                    break;
                default:
                    Walk(value, name, errors);
                    break;
            }
        }
    }

    private static void Add(Dictionary<string, List<string>> errors, string field, string message)
    {
        if (!errors.TryGetValue(field, out var list)) errors[field] = list = [];
        list.Add(message);
    }

    private static (PropertyInfo, string)[] WalkableProperties(Type type) =>
    [
        .. type.GetProperties(BindingFlags.Public | BindingFlags.Instance)
            .Where(p => p.GetIndexParameters().Length == 0 && !p.PropertyType.IsValueType)
            .Select(p => (p, JsonNamingPolicy.CamelCase.ConvertName(p.Name))),
    ];

    private static string Join(string prefix, string name) => prefix.Length == 0 ? name : name.Length == 0 ? prefix : $"{prefix}.{name}";
}
