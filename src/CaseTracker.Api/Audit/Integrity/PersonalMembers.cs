using System.Collections.Concurrent;
using System.Reflection;
using System.Text.Json;
using CaseTracker.Domain.Privacy;

namespace CaseTracker.Api.Audit.Integrity;

/// <summary>
/// The JSON members of an event type that hold personal data (marked <see cref="PersonalDataAttribute"/>
/// in the domain). They enter the chain as salted digests, so that erasing them later leaves every
/// hash intact.
/// </summary>
public static class PersonalMembers
{
    private static readonly ConcurrentDictionary<Type, string[]> Known = new();

    public static IReadOnlyList<string> Of(Type eventType) => Known.GetOrAdd(eventType, type =>
    {
        // Records put the attribute on the constructor parameter or the property, depending on the target used.
        var marked = type.GetProperties(BindingFlags.Public | BindingFlags.Instance)
            .Where(p => p.IsDefined(typeof(PersonalDataAttribute)))
            .Select(p => p.Name)
            .Concat(type.GetConstructors().SelectMany(c => c.GetParameters())
                .Where(p => p.IsDefined(typeof(PersonalDataAttribute)))
                .Select(p => p.Name!));
        return marked.Select(JsonNamingPolicy.CamelCase.ConvertName).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToArray();
    });
}
