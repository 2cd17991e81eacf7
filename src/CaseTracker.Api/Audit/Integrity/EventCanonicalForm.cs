using System.Globalization;
using System.Security.Cryptography;
using System.Text.Json.Nodes;

namespace CaseTracker.Api.Audit.Integrity;

/// <summary>What of an event is sealed: everything known when it is appended that says what happened, by whom, when.</summary>
/// <param name="Data">The event's JSON exactly as stored (any key order or spacing).</param>
/// <param name="Personal">Digest of each personal member of <paramref name="Data"/>, by member name.</param>
public sealed record SealedFacts(
    Guid Stream,
    string Tenant,
    long Version,
    string Type,
    DateTimeOffset Timestamp,
    string? User,
    string Data,
    IReadOnlyDictionary<string, string> Personal);

/// <summary>
/// Turns an event into the bytes its hash covers (see docs/integrity.md):
/// <c>{"data":…,"personal":{…},"stream":…,"tenant":…,"timestamp":…,"type":…,"user":…,"version":…}</c>
/// in canonical JSON, where <c>data</c> leaves out the personal members and <c>personal</c> holds their digests.
/// </summary>
public static class EventCanonicalForm
{
    public const int SaltBytes = 16;

    public static byte[] Of(SealedFacts facts) => Of(facts, Parse(facts.Data));

    /// <param name="data"><see cref="SealedFacts.Data"/> already parsed; its personal members are removed from it.</param>
    public static byte[] Of(SealedFacts facts, JsonObject data)
    {
        foreach (var member in facts.Personal.Keys) data.Remove(member);

        var personal = new JsonObject();
        foreach (var (member, digest) in facts.Personal) personal[member] = digest;

        return CanonicalJson.Utf8(new JsonObject
        {
            ["data"] = data,
            ["personal"] = personal,
            ["stream"] = facts.Stream.ToString("D"),
            ["tenant"] = facts.Tenant,
            ["timestamp"] = Timestamp(facts.Timestamp),
            ["type"] = facts.Type,
            ["user"] = facts.User,
            ["version"] = facts.Version,
        });
    }

    /// <summary>UTC, to the microsecond — PostgreSQL keeps no finer, so finer ticks would never verify.</summary>
    public static string Timestamp(DateTimeOffset at)
    {
        var utc = at.UtcDateTime;
        var microseconds = new DateTime(utc.Ticks - (utc.Ticks % 10), DateTimeKind.Utc);
        return microseconds.ToString("yyyy-MM-dd'T'HH:mm:ss.ffffff'Z'", CultureInfo.InvariantCulture);
    }

    /// <summary>SHA-256 over the salt followed by the member's value in canonical JSON (an absent member counts as null).</summary>
    public static string PersonalDigest(ReadOnlySpan<byte> salt, JsonNode? value) =>
        ChainHash.Hex(SHA256.HashData([.. salt, .. CanonicalJson.Utf8(value)]));

    /// <summary>Picks the personal members out of an event's stored JSON and gives each a fresh salt and its digest.</summary>
    public static IReadOnlyDictionary<string, PersonalSeal> SealPersonal(JsonObject json, IReadOnlyList<string> members)
    {
        var seals = new Dictionary<string, PersonalSeal>(StringComparer.Ordinal);
        foreach (var member in members)
        {
            var salt = RandomNumberGenerator.GetBytes(SaltBytes);
            seals[member] = new PersonalSeal(ChainHash.Hex(salt), PersonalDigest(salt, json[member]));
        }

        return seals;
    }

    public static JsonObject Parse(string data) =>
        JsonNode.Parse(data) as JsonObject ?? throw new CanonicalFormException("Event data is not a JSON object.");
}

/// <summary>How one personal member is sealed. The salt is forgotten when the member is erased; the digest stays.</summary>
public sealed record PersonalSeal(string? Salt, string Digest);
