using System.Text.Json;
using System.Text.Json.Serialization;

namespace CaseTracker.Api.Http;

/// <summary>One JSON dialect for requests, responses and stored events: camelCase, enums as strings, strict on input.</summary>
public static class JsonSetup
{
    public static void Configure(JsonSerializerOptions options)
    {
        options.PropertyNamingPolicy = JsonNamingPolicy.CamelCase;
        options.DefaultIgnoreCondition = JsonIgnoreCondition.Never;
        options.Converters.Add(new JsonStringEnumConverter(allowIntegerValues: false));
        // A null where none is allowed is a 400. Missing fields are left null on purpose, so that
        // validation can list every one of them at once rather than stopping at the first.
        options.RespectNullableAnnotations = true;
        // Unknown members are refused so that a misspelt field is not silently dropped.
        options.UnmappedMemberHandling = JsonUnmappedMemberHandling.Disallow;
    }

    /// <summary>Stored events are read back leniently: history written by an older version must always load.</summary>
    public static void ConfigureStorage(JsonSerializerOptions options)
    {
        options.Converters.Add(new JsonStringEnumConverter());
    }
}
