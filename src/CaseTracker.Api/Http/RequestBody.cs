using System.Collections;
using System.Reflection;
using System.Text.Json;

namespace CaseTracker.Api.Http;

/// <summary>
/// The checks every request body gets before its command is made. A body of JSON <c>null</c> is
/// valid JSON, and binds to a null request rather than being refused: it is refused here, as a
/// body that is not the JSON object the endpoint documents. PostgreSQL can store no NUL (U+0000)
/// in text or jsonb, so one anywhere in the request would only fail at commit, as a 500: it is
/// refused here too, naming the field.
/// </summary>
public static class RequestBody
{
    public static IResult? Check(object? request) =>
        request is null ? Problems.Validation("body", "Send a JSON object as documented.")
        : FieldWithNul(request, "") is { } field ? Problems.Validation(field, "Text must not contain the NUL character (U+0000).")
        : RequestValidation.Check(request);

    private static string? FieldWithNul(object? value, string path) => value switch
    {
        string text => text.Contains('\0', StringComparison.Ordinal) ? path : null,
        null or ValueType => null,
        IEnumerable items => items.Cast<object?>().Select((item, i) => FieldWithNul(item, $"{path}[{i}]")).FirstOrDefault(f => f is not null),
        _ => value.GetType().GetProperties(BindingFlags.Public | BindingFlags.Instance)
            .Where(p => p.GetIndexParameters().Length == 0)
            .Select(p => FieldWithNul(p.GetValue(value), Join(path, JsonNamingPolicy.CamelCase.ConvertName(p.Name))))
            .FirstOrDefault(f => f is not null),
    };

    private static string Join(string prefix, string name) => prefix.Length == 0 ? name : $"{prefix}.{name}";
}
