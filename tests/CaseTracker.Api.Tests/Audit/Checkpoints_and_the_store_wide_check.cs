using System.Diagnostics;
using CaseTracker.Api.Audit.Integrity;
using CaseTracker.Api.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;

namespace CaseTracker.Api.Tests.Audit;

/// <summary>
/// A case deleted whole leaves no broken chain behind: only a checkpoint, which recorded every
/// case's head, can show it was there. The store-wide check compares the store with the latest one.
/// </summary>
[Collection(ApiCollection.Name)]
public sealed class Checkpoints_and_the_store_wide_check(CaseTrackerApp app)
{
    private readonly StoreTables _tables = new(app);

    private StoreIntegrityCheck Check => app.Host.Services.GetRequiredService<StoreIntegrityCheck>();

    private async Task<(StoreIntegritySummary Summary, List<BrokenCase> Broken)> CheckTenant(string tenant)
    {
        var broken = new List<BrokenCase>();
        var summary = await Check.Run(tenant, _ => { }, broken.Add, CancellationToken.None);
        return (summary, broken);
    }

    [Fact]
    public async Task an_admin_takes_a_checkpoint_and_auditors_see_their_organisations_root()
    {
        var (handler, _) = await AuditedCase.Worked(app);
        await handler.RaiseComplaint();
        var admin = handler.As("ada", "admin");

        var taken = await Caller.Body(await admin.Post("/api/integrity/checkpoints", new { }, 201));
        var listed = await handler.As("audrey", "auditor").GetJson("/api/integrity/checkpoints?pageSize=1");

        Assert.Equal("on-demand", (string?)taken["reason"]);
        Assert.Equal(2, (long)taken["tenant"]!["streams"]!);
        Assert.Equal(6, (long)taken["tenant"]!["events"]!);
        Assert.Equal((long)taken["id"]!, (long)listed["items"]![0]!["id"]!);
        Assert.Equal((string?)taken["tenant"]!["root"], (string?)listed["items"]![0]!["tenant"]!["root"]);
        Assert.Equal(64, ((string?)taken["storeRoot"])!.Length);
    }

    [Fact]
    public async Task a_checkpoint_shows_another_organisation_none_of_its_cases()
    {
        await AuditedCase.Worked(app);
        var stranger = Caller.InNewTenant(app, "eve", "admin");

        var taken = await Caller.Body(await stranger.Post("/api/integrity/checkpoints", new { }, 201));

        Assert.Equal(0, (long)taken["tenant"]!["streams"]!);
        Assert.Equal(0, (long)taken["tenant"]!["events"]!);
    }

    [Theory]
    [InlineData("handler")]
    [InlineData("facilitator")]
    [InlineData("auditor")]
    public async Task only_an_admin_may_take_a_checkpoint(string role)
    {
        var caller = Caller.InNewTenant(app, "someone", role);

        await caller.Post("/api/integrity/checkpoints", new { }, 403);
    }

    [Fact]
    public async Task deleting_a_whole_case_is_caught_by_the_checkpoint()
    {
        var (handler, kept) = await AuditedCase.Worked(app);
        var deleted = await handler.RaiseComplaint();
        await handler.Post($"/api/cases/{deleted}/notes", new { text = "Soon to vanish." }, 201);
        await handler.As("ada", "admin").Post("/api/integrity/checkpoints", new { }, 201);
        var before = await CheckTenant(handler.Tenant);

        await _tables.DeleteCase(deleted);
        var (summary, broken) = await CheckTenant(handler.Tenant);

        Assert.True(before.Summary.Valid);
        Assert.Empty(before.Broken);
        Assert.False(summary.Valid);
        var found = Assert.Single(broken);
        Assert.Equal(deleted, found.Case);
        Assert.Equal(2, found.FirstBrokenVersion);
        Assert.Contains("deleted or cut short", found.Problem, StringComparison.Ordinal);
        Assert.Equal(1, summary.Streams);
        Assert.True((bool)(await handler.As("audrey", "auditor").GetJson($"/api/cases/{kept}/integrity"))["valid"]!);
    }

    [Fact]
    public async Task cutting_a_case_short_with_its_seals_and_stream_record_is_caught_by_the_checkpoint()
    {
        var (handler, id) = await AuditedCase.Worked(app);
        await handler.As("ada", "admin").Post("/api/integrity/checkpoints", new { }, 201);

        await _tables.Execute($"delete from {StoreTables.Events} where stream_id = $1 and version = 5", id);
        await _tables.Execute($"delete from {StoreTables.Seals} where stream_id = $1 and version = 5", id);
        await _tables.Execute($"update {StoreTables.Streams} set version = 4 where id = $1", id);
        var report = await handler.As("audrey", "auditor").GetJson($"/api/cases/{id}/integrity");
        var (_, broken) = await CheckTenant(handler.Tenant);

        Assert.Equal(5, (long)report["firstBrokenVersion"]!);
        Assert.Equal(5, Assert.Single(broken).FirstBrokenVersion);
    }

    [Fact]
    public async Task the_store_wide_check_reports_each_broken_case_from_its_first_broken_version()
    {
        var (handler, changed) = await AuditedCase.Worked(app);
        var untouched = await handler.RaiseComplaint();
        var shortened = await handler.RaiseComplaint();
        await handler.Post($"/api/cases/{shortened}/notes", new { text = "First." }, 201);
        await handler.Post($"/api/cases/{shortened}/notes", new { text = "Second." }, 201);

        await _tables.Execute($"update {StoreTables.Events} set data = jsonb_set(data, '{{onTime}}', 'false') where stream_id = $1 and version = 2", changed);
        await _tables.Execute($"delete from {StoreTables.Events} where stream_id = $1 and version = 2", shortened);
        var (summary, broken) = await CheckTenant(handler.Tenant);

        Assert.Equal(3, summary.Streams);
        Assert.Equal(8, summary.Events);
        Assert.Equal(
            [(changed, 2L), (shortened, 2L)],
            broken.Select(b => (b.Case, b.FirstBrokenVersion)).OrderBy(b => b.Case == shortened));
        Assert.DoesNotContain(broken, b => b.Case == untouched);
    }

    [Fact]
    public async Task a_checkpoint_whose_recorded_heads_were_altered_no_longer_matches_its_root()
    {
        var (handler, id) = await AuditedCase.Worked(app);
        await handler.As("ada", "admin").Post("/api/integrity/checkpoints", new { }, 201);

        await _tables.Execute($"update casetracker.ct_integrity_checkpoint_heads set version = 4 where stream_id = $1", id);
        var (summary, _) = await CheckTenant(handler.Tenant);

        Assert.False(summary.CheckpointIntact);
        Assert.False(summary.Valid);
    }

    [Fact]
    public async Task verify_integrity_on_the_command_line_exits_non_zero_only_when_something_is_broken()
    {
        var (handler, id) = await AuditedCase.Worked(app);

        var (cleanExit, cleanOutput) = await VerifyIntegrity(handler.Tenant);
        await _tables.Execute($"update {StoreTables.Events} set data = jsonb_set(data, '{{method}}', '\"Letter\"') where stream_id = $1 and version = 3", id);
        var (brokenExit, brokenOutput) = await VerifyIntegrity(handler.Tenant);

        Assert.True(cleanExit == 0, cleanOutput);
        Assert.Contains("Integrity: valid", cleanOutput, StringComparison.Ordinal);
        Assert.Equal(1, brokenExit);
        Assert.Contains($"case {id} from version 3", brokenOutput, StringComparison.Ordinal);
    }

    private async Task<(int Exit, string Output)> VerifyIntegrity(string tenant)
    {
        var start = new ProcessStartInfo("dotnet", [Path.Combine(AppContext.BaseDirectory, "CaseTracker.Api.dll"), "verify-integrity", "--tenant", tenant])
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            WorkingDirectory = AppContext.BaseDirectory,
        };
        start.Environment["ConnectionStrings__Marten"] = app.ConnectionString;
        start.Environment["CaseTracker__Integrity__CheckpointInterval"] = "00:00:00";
        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var errors = process.StandardError.ReadToEndAsync();
        using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(2));
        await process.WaitForExitAsync(timeout.Token);
        return (process.ExitCode, await output + await errors);
    }
}
