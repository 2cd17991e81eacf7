using System.Security.Cryptography;
using System.Text;

namespace CaseTracker.Api.Audit.Integrity;

/// <summary>
/// The links of a case's integrity chain: each event's hash is SHA-256 over the previous event's
/// hash followed by the event's canonical form, so changing, removing or reordering any event
/// changes every hash after it.
/// </summary>
public static class ChainHash
{
    /// <summary>What the first event of every case chains from: SHA-256 of the ASCII text "CaseTracker integrity chain v1".</summary>
    public static readonly byte[] Genesis = SHA256.HashData(Encoding.ASCII.GetBytes("CaseTracker integrity chain v1"));

    /// <summary>
    /// Recorded as the previous hash when an event is appended after a link that is missing from the
    /// store. The append still succeeds — a complaint must never be refused because someone damaged
    /// the record — and the check reports the missing link.
    /// </summary>
    public static readonly byte[] MissingLink = Enumerable.Repeat((byte)0xFF, 32).ToArray();

    public static byte[] Link(ReadOnlySpan<byte> previous, ReadOnlySpan<byte> canonicalEvent)
    {
        using var sha = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        sha.AppendData(previous);
        sha.AppendData(canonicalEvent);
        return sha.GetHashAndReset();
    }

    public static string Hex(ReadOnlySpan<byte> hash) => Convert.ToHexStringLower(hash);

    /// <summary>Null stays null: a position of a damaged record may have no hash to show.</summary>
    public static string? HexOrNull(byte[]? hash) => hash is null ? null : Hex(hash);
}
