using System.Text;
using System.Text.Json.Nodes;
using CaseTracker.Api.Audit.Checkpoints;
using CaseTracker.Api.Audit.Integrity;

namespace CaseTracker.Api.Tests.Audit;

/// <summary>
/// The bytes the chain hashes, pinned by the worked example of docs/integrity.md (whose values
/// eng/verify_bundle.py, written from the document alone, also gives). No database needed.
/// </summary>
public sealed class The_canonical_form
{
    private const string Data = """
        {"noteId": "5b0e3f0e-6c1a-4c55-9a62-4d1e8f1c2a10", "text": "Caf\u00e9 \"quoted\"\n\u0001 \ud83d\ude42", "by": "alice", "at": "2026-03-02T10:00:00+00:00", "count": 2.0}
        """;

    private static readonly byte[] Salt = Enumerable.Range(0, 16).Select(i => (byte)i).ToArray();

    [Fact]
    public void the_worked_example_of_the_documentation_hashes_as_documented()
    {
        var digest = EventCanonicalForm.PersonalDigest(Salt, JsonNode.Parse(Data)!["text"]);
        var canonical = EventCanonicalForm.Of(new SealedFacts(
            Guid.Parse("0190f5c2-7e4a-7d3b-8c21-5f6a7b8c9d0e"), "north-trust", 1, "note_added",
            new DateTimeOffset(2026, 3, 2, 11, 0, 0, TimeSpan.FromHours(1)).AddTicks(1_234_567), "alice", Data,
            new Dictionary<string, string> { ["text"] = digest }));

        Assert.Equal("22f3ee81857086be5cb3cc4a80321d47c4d4310c8616608857cab7328d16cc82", digest);
        Assert.Equal(
            """{"data":{"at":"2026-03-02T10:00:00+00:00","by":"alice","count":2,"noteId":"5b0e3f0e-6c1a-4c55-9a62-4d1e8f1c2a10"},"personal":{"text":"22f3ee81857086be5cb3cc4a80321d47c4d4310c8616608857cab7328d16cc82"},"stream":"0190f5c2-7e4a-7d3b-8c21-5f6a7b8c9d0e","tenant":"north-trust","timestamp":"2026-03-02T10:00:00.123456Z","type":"note_added","user":"alice","version":1}""",
            Encoding.UTF8.GetString(canonical));
        Assert.Equal("8234a37dc452947a4cff0abf0eccbcd0512574f64f85f1d3f366b1c435670e5e", ChainHash.Hex(ChainHash.Genesis));
        Assert.Equal("27614913237b951bbc22dc1935a75c9428aa0ddb7d1bb21d43c15b6a374581b9", ChainHash.Hex(ChainHash.Link(ChainHash.Genesis, canonical)));
    }

    [Theory]
    [InlineData("""{"b":1,"a":[true,false,null]}""", """{"a":[true,false,null],"b":1}""")]
    [InlineData("""{ "n": 2.0, "m": 1e2, "k": -0 }""", """{"k":0,"m":100,"n":2}""")]
    [InlineData("""{"\uE000":1,"\uD83D\uDE42":2}""", "{\"\uE000\":1,\"\U0001F642\":2}")]
    [InlineData("""{"s":"tab\there\u007f\u2028/"}""", "{\"s\":\"tab\\there\u007f\u2028/\"}")]
    public void keys_go_in_code_point_order_numbers_as_integers_and_strings_escape_only_what_json_must(string json, string canonical) =>
        Assert.Equal(canonical, CanonicalJson.Text(JsonNode.Parse(json)));

    [Theory]
    [InlineData("""{"x":1.5}""")]
    [InlineData("""{"x":1e400}""")]
    [InlineData("""{"x":"\ud800"}""")]
    public void what_has_no_canonical_form_is_refused(string json) =>
        Assert.ThrowsAny<Exception>(() => CanonicalJson.Text(JsonNode.Parse(json)));

    [Fact]
    public void the_personal_members_of_an_event_are_those_the_domain_marks()
    {
        Assert.Equal(
            ["accessNeeds", "complainant", "desiredOutcome", "onBehalfOf", "summary"],
            PersonalMembers.Of(typeof(CaseTracker.Domain.Cases.ComplaintRaised)));
        Assert.Empty(PersonalMembers.Of(typeof(CaseTracker.Domain.Cases.HandlerAssigned)));
    }

    [Fact]
    public void the_checkpoint_root_is_rfc_6962s_merkle_tree_hash()
    {
        // RFC 6962 reference test vectors: the leaves "", 00, 10, 2021, 3031.
        byte[][] leaves = [[], [0x00], [0x10], [0x20, 0x21], [0x30, 0x31]];
        string[] roots =
        [
            "6e340b9cffb37a989ca544e6bb780a2c78901d3fb33738768511a30617afa01d",
            "fac54203e7cc696cf0dfcb42c92a1d9dbaf70ad9e621f4bd8d98662f00e3c125",
            "aeb6bcfe274b70a14fb067a5e5578264db0fa9b51af5e0ba159158f329e06e77",
            "d37ee418976dd95753c1c73862b9398fa2a2cf9b4ff0fdfe8b30cd95209614b7",
            "4e3bbb1f7b478dcfe71fb631631519a3bca12c9aefca1612bfce4c13a86264d4",
        ];
        var tree = new MerkleTree();
        Assert.Equal("e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855", Convert.ToHexStringLower(tree.Root()));

        for (var i = 0; i < leaves.Length; i++)
        {
            tree.Add(leaves[i]);
            Assert.Equal(roots[i], Convert.ToHexStringLower(tree.Root()));
        }
    }
}
