namespace CaseTracker.Api.Tests.Reliability.Fuzzing;

/// <summary>How the caller proves who they are: a good token, or one of the ways a token goes wrong.</summary>
public enum Credentials
{
    Good,
    None,
    WrongKey,
    Expired,
    UnknownRole,

    /// <summary>A good token for an organisation that owns none of the targets.</summary>
    Elsewhere,
}

/// <summary>One request the fuzzer will send, with the name of what was spoilt in it.</summary>
public sealed record FuzzedRequest(
    Operation Operation,
    string Mutation,
    string Url,
    byte[]? Body,
    string? ContentType,
    bool DeclaresLength,
    IReadOnlyDictionary<string, string> Headers,
    string Role,
    Credentials Credentials)
{
    public override string ToString() =>
        $"{Operation.Method} {(Url.Length > 160 ? Url[..160] + "…" : Url)} [{Mutation}, {Role}, {Credentials}, {ContentType ?? "no content type"}, " +
        $"{Body?.Length ?? 0} bytes{(Headers.Count > 0 ? ", " + string.Join(", ", Headers.Select(h => $"{h.Key}: {Shorten(h.Value)}")) : "")}]";

    private static string Shorten(string value) => value.Length > 40 ? value[..40] + "…" : value;
}
