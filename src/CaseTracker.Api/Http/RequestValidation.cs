using System.Collections;
using System.Collections.Concurrent;
using System.Reflection;
using System.Text.Json;

namespace CaseTracker.Api.Http;

/// <summary>
/// Validates a request against the data annotations on its records, walking into nested records
/// and lists, and names each failing field by its JSON path (<c>complainant.contact.email</c>).
/// The same annotations describe the limits in the OpenAPI document, so the two cannot drift.
/// </summary>
public static class RequestValidation
{
    /// <summary>Per request type, the properties that may hold nested records or lists: found once, not on every request.</summary>
    private static readonly ConcurrentDictionary<Type, (PropertyInfo Property, string Name)[]> Nested = new();

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
                var field = Join(prefix, JsonNamingPolicy.CamelCase.ConvertName(member));
                if (!errors.TryGetValue(field, out var list)) errors[field] = list = [];
                list.Add(result.ErrorMessage ?? "Invalid value.");
            }
        }

        foreach (var (property, jsonName) in Nested.GetOrAdd(instance.GetType(), NestedProperties))
        {
            var value = property.GetValue(instance);
            var name = Join(prefix, jsonName);
            switch (value)
            {
                case null or string or ValueType:
                    break;
                case IEnumerable items:
                    var index = 0;
                    foreach (var item in items)
                    {
                        if (item is not (null or string or ValueType)) Walk(item, $"{name}[{index}]", errors);
                        index++;
                    }

                    break;
                default:
                    Walk(value, name, errors);
                    break;
            }
        }
    }

    private static (PropertyInfo, string)[] NestedProperties(Type type) =>
    [
        .. type.GetProperties(BindingFlags.Public | BindingFlags.Instance)
            .Where(p => p.GetIndexParameters().Length == 0 && p.PropertyType != typeof(string) && !p.PropertyType.IsValueType)
            .Select(p => (p, JsonNamingPolicy.CamelCase.ConvertName(p.Name))),
    ];

    private static string Join(string prefix, string name) => prefix.Length == 0 ? name : name.Length == 0 ? prefix : $"{prefix}.{name}";
}
