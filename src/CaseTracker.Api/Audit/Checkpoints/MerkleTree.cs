using System.Security.Cryptography;
using System.Text.Json.Nodes;
using CaseTracker.Api.Audit.Integrity;

namespace CaseTracker.Api.Audit.Checkpoints;

/// <summary>
/// The Merkle tree hash of RFC 6962 (Certificate Transparency), built leaf by leaf in order while
/// holding only one hash per level, so a checkpoint over millions of streams needs kilobytes.
/// Leaf = SHA-256(0x00 ‖ data); node = SHA-256(0x01 ‖ left ‖ right); no leaves = SHA-256 of nothing.
/// </summary>
public sealed class MerkleTree
{
    private readonly List<(long Size, byte[] Hash)> _perfectSubtrees = [];

    public long Count { get; private set; }

    /// <summary>A leaf for a stream head: its canonical JSON {"hash","stream","tenant","version"}.</summary>
    public void AddHead(string tenant, Guid stream, long version, ReadOnlySpan<byte> hash) =>
        Add(CanonicalJson.Utf8(new JsonObject
        {
            ["hash"] = ChainHash.Hex(hash),
            ["stream"] = stream.ToString("D"),
            ["tenant"] = tenant,
            ["version"] = version,
        }));

    public void Add(ReadOnlySpan<byte> leafData)
    {
        var hash = SHA256.HashData([0x00, .. leafData]);
        long size = 1;
        while (_perfectSubtrees.Count > 0 && _perfectSubtrees[^1].Size == size)
        {
            hash = Node(_perfectSubtrees[^1].Hash, hash);
            size *= 2;
            _perfectSubtrees.RemoveAt(_perfectSubtrees.Count - 1);
        }

        _perfectSubtrees.Add((size, hash));
        Count++;
    }

    /// <summary>The perfect subtrees, largest first, joined from the right: exactly RFC 6962's split at the largest power of two.</summary>
    public byte[] Root()
    {
        if (_perfectSubtrees.Count == 0) return SHA256.HashData(ReadOnlySpan<byte>.Empty);
        var hash = _perfectSubtrees[^1].Hash;
        for (var i = _perfectSubtrees.Count - 2; i >= 0; i--) hash = Node(_perfectSubtrees[i].Hash, hash);
        return hash;
    }

    private static byte[] Node(byte[] left, byte[] right) => SHA256.HashData([0x01, .. left, .. right]);
}
