using System.Text.Json;

namespace CaseTracker.Api.Audit.Integrity;

/// <summary>How the personal-member seals are stored beside an event: <c>{"member":{"salt":"…","digest":"…"}}</c>.</summary>
public static class SealJson
{
    public static readonly JsonSerializerOptions Options = new(JsonSerializerDefaults.Web);

    public static IReadOnlyDictionary<string, PersonalSeal> Read(string? json) =>
        string.IsNullOrEmpty(json)
            ? new Dictionary<string, PersonalSeal>()
            : JsonSerializer.Deserialize<Dictionary<string, PersonalSeal>>(json, Options) ?? [];
}
