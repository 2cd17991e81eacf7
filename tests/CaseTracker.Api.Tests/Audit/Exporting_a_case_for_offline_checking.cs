using System.Diagnostics;
using System.Text.Json.Nodes;
using CaseTracker.Api.Tests.Infrastructure;

namespace CaseTracker.Api.Tests.Audit;

/// <summary>
/// A regulator takes a case's bundle away and checks it with ./eng/verify-bundle.sh — no database,
/// no CaseTracker, an independent implementation of docs/integrity.md. It accepts a genuine export
/// and rejects every tampered copy, naming the version where trust ends.
/// </summary>
[Collection(ApiCollection.Name)]
public sealed class Exporting_a_case_for_offline_checking(CaseTrackerApp app)
{
    private async Task<JsonNode> Bundle()
    {
        var (handler, id) = await AuditedCase.Worked(app);
        var auditor = handler.As("audrey", "auditor");
        var result = await auditor.Get($"/api/cases/{id}/export");
        Assert.Contains("attachment", result.Context.Response.Headers.ContentDisposition.ToString(), StringComparison.Ordinal);
        return await Caller.Body(result);
    }

    [Fact]
    public async Task a_genuine_export_verifies_offline()
    {
        var bundle = await Bundle();

        var (exit, output) = await VerifyOffline(bundle);

        Assert.Equal(0, exit);
        Assert.StartsWith($"valid: case {(string?)bundle["caseId"]}, 5 events, head {(string?)bundle["head"]!["hash"]}", output, StringComparison.Ordinal);
        Assert.True((bool)bundle["integrity"]!["valid"]!);
        Assert.Equal("casetracker-case-bundle/1", (string?)bundle["format"]);
    }

    public static TheoryData<string, int> Tampering => new()
    {
        { "data", 3 },
        { "personal-data", 1 },
        { "timestamp", 2 },
        { "user", 4 },
        { "deleted-event", 2 },
        { "swapped-events", 3 },
        { "hash", 5 },
        { "head", 5 },
        { "genesis", 1 },
    };

    [Theory]
    [MemberData(nameof(Tampering))]
    public async Task a_tampered_copy_is_rejected_at_the_version_where_trust_ends(string tampering, int brokenAt)
    {
        var bundle = await Bundle();
        var events = bundle["events"]!.AsArray();

        switch (tampering)
        {
            case "data": events[2]!["data"]!["method"] = "Letter"; break;
            case "personal-data": events[0]!["data"]!["complainant"]!["name"] = "Someone Else"; break;
            case "timestamp": events[1]!["timestamp"] = "2026-03-03T10:00:01.000000Z"; break;
            case "user": events[3]!["user"] = "mallory"; break;
            case "deleted-event": events.RemoveAt(1); break;
            case "swapped-events":
                var third = events[2]!.DeepClone();
                events[2] = events[3]!.DeepClone();
                events[3] = third;
                events[2]!["version"] = 3;
                events[3]!["version"] = 4;
                break;
            case "hash": events[4]!["hash"] = new string('0', 64); break;
            case "head": bundle["head"]!["hash"] = (string?)events[3]!["hash"]; break;
            case "genesis": bundle["genesis"] = new string('0', 64); break;
        }

        var (exit, output) = await VerifyOffline(bundle);

        Assert.Equal(1, exit);
        Assert.StartsWith($"BROKEN at version {brokenAt}:", output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task a_copy_cut_short_of_its_checkpoint_is_rejected()
    {
        var (handler, id) = await AuditedCase.Worked(app);
        await handler.As("ada", "admin").Post("/api/integrity/checkpoints", new { }, 201);
        var bundle = await Caller.Body(await handler.As("audrey", "auditor").Get($"/api/cases/{id}/export"));
        Assert.Equal(5, (long)bundle["checkpoint"]!["version"]!);

        var events = bundle["events"]!.AsArray();
        events.RemoveAt(4);
        bundle["head"] = new JsonObject { ["version"] = 4, ["hash"] = (string?)events[3]!["hash"] };
        var (exit, output) = await VerifyOffline(bundle);

        Assert.Equal(1, exit);
        Assert.StartsWith("BROKEN at version 5:", output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task an_erased_case_still_verifies_offline()
    {
        var (handler, id) = await AuditedCase.Worked(app);
        var bundle = await Caller.Body(await handler.As("audrey", "auditor").Get($"/api/cases/{id}/export"));

        // Erasure as the bundle shows it: the member masked, its salt gone, its digest kept.
        bundle["events"]![0]!["data"]!["complainant"] = "***";
        bundle["events"]![0]!["personal"]!["complainant"]!["salt"] = null;
        var (exit, output) = await VerifyOffline(bundle);

        Assert.True(exit == 0, output);
    }

    [Fact]
    public async Task a_file_that_is_not_a_bundle_is_refused_as_unreadable()
    {
        var (exit, _) = await VerifyOffline(new JsonObject { ["hello"] = "world" });

        Assert.Equal(2, exit);
    }

    private static async Task<(int Exit, string Output)> VerifyOffline(JsonNode bundle)
    {
        var file = Path.Combine(Path.GetTempPath(), $"bundle-{Guid.NewGuid():N}.json");
        await File.WriteAllTextAsync(file, bundle.ToJsonString());
        try
        {
            using var process = Process.Start(new ProcessStartInfo("bash", [Path.Combine(Repository.Root, "eng", "verify-bundle.sh"), file])
            {
                RedirectStandardOutput = true,
                RedirectStandardError = true,
            })!;
            var output = await process.StandardOutput.ReadToEndAsync();
            var errors = await process.StandardError.ReadToEndAsync();
            await process.WaitForExitAsync();
            return (process.ExitCode, output + errors);
        }
        finally
        {
            File.Delete(file);
        }
    }
}
