using CaseTracker.Api.Tests.Infrastructure;

namespace CaseTracker.Api.Tests.Audit;

/// <summary>
/// Someone with database access edits the record behind the service's back. The integrity check
/// must say so, and say from which version the record can no longer be trusted.
/// </summary>
[Collection(ApiCollection.Name)]
public sealed class Catching_tampering(CaseTrackerApp app)
{
    private readonly StoreTables _tables = new(app);

    private async Task<(Caller Auditor, Guid Id)> WorkedCase()
    {
        var (handler, id) = await AuditedCase.Worked(app);
        return (handler.As("audrey", "auditor"), id);
    }

    [Fact]
    public async Task an_untouched_case_verifies_with_its_head_hash()
    {
        var (auditor, id) = await WorkedCase();

        var report = await auditor.GetJson($"/api/cases/{id}/integrity");
        var events = await auditor.GetJson($"/api/cases/{id}/events");

        Assert.True((bool)report["valid"]!);
        Assert.Equal(5, (long)report["events"]!);
        Assert.Null(report["firstBrokenVersion"]);
        Assert.Equal((string?)events["events"]![4]!["hash"], (string?)report["headHash"]);
    }

    [Fact]
    public async Task changing_one_events_data_breaks_the_chain_at_that_version()
    {
        var (auditor, id) = await WorkedCase();

        await _tables.Execute($"update {StoreTables.Events} set data = jsonb_set(data, '{{outcome}}', '\"NotUpheld\"') where stream_id = $1 and version = 5", id);
        var afterOutcome = await auditor.GetJson($"/api/cases/{id}/integrity");
        await _tables.Execute($"update {StoreTables.Events} set data = jsonb_set(data, '{{method}}', '\"Letter\"') where stream_id = $1 and version = 3", id);
        var afterMethod = await auditor.GetJson($"/api/cases/{id}/integrity");

        Assert.False((bool)afterOutcome["valid"]!);
        Assert.Equal(5, (long)afterOutcome["firstBrokenVersion"]!);
        Assert.Equal(3, (long)afterMethod["firstBrokenVersion"]!);
    }

    [Theory]
    [InlineData("timestamp = timestamp + interval '1 day'")]
    [InlineData("user_name = 'mallory'")]
    [InlineData("type = 'note_added'")]
    public async Task changing_who_when_or_what_kind_breaks_the_chain_too(string change)
    {
        var (auditor, id) = await WorkedCase();

        await _tables.Execute($"update {StoreTables.Events} set {change} where stream_id = $1 and version = 2", id);
        var report = await auditor.GetJson($"/api/cases/{id}/integrity");

        Assert.Equal(2, (long)report["firstBrokenVersion"]!);
    }

    [Fact]
    public async Task deleting_an_event_breaks_the_chain_at_the_missing_version()
    {
        var (auditor, id) = await WorkedCase();

        await _tables.Execute($"delete from {StoreTables.Events} where stream_id = $1 and version = 3", id);
        var report = await auditor.GetJson($"/api/cases/{id}/integrity");

        Assert.False((bool)report["valid"]!);
        Assert.Equal(3, (long)report["firstBrokenVersion"]!);
        Assert.Equal(4, (long)report["events"]!);
    }

    [Fact]
    public async Task deleting_an_event_with_its_seal_breaks_the_chain_at_the_missing_version()
    {
        var (auditor, id) = await WorkedCase();

        await _tables.Execute($"delete from {StoreTables.Events} where stream_id = $1 and version = 2", id);
        await _tables.Execute($"delete from {StoreTables.Seals} where stream_id = $1 and version = 2", id);
        var report = await auditor.GetJson($"/api/cases/{id}/integrity");

        Assert.Equal(2, (long)report["firstBrokenVersion"]!);
    }

    [Fact]
    public async Task swapping_two_events_breaks_the_chain_at_the_earlier_one()
    {
        var (auditor, id) = await WorkedCase();

        await _tables.Execute($"update {StoreTables.Events} set version = -1 where stream_id = $1 and version = 3", id);
        await _tables.Execute($"update {StoreTables.Events} set version = 3 where stream_id = $1 and version = 4", id);
        await _tables.Execute($"update {StoreTables.Events} set version = 4 where stream_id = $1 and version = -1", id);
        var report = await auditor.GetJson($"/api/cases/{id}/integrity");

        Assert.False((bool)report["valid"]!);
        Assert.Equal(3, (long)report["firstBrokenVersion"]!);
    }

    [Fact]
    public async Task cutting_the_last_events_off_is_caught_by_the_stream_record()
    {
        var (auditor, id) = await WorkedCase();

        await _tables.Execute($"delete from {StoreTables.Events} where stream_id = $1 and version >= 4", id);
        await _tables.Execute($"delete from {StoreTables.Seals} where stream_id = $1 and version >= 4", id);
        var report = await auditor.GetJson($"/api/cases/{id}/integrity");

        Assert.False((bool)report["valid"]!);
        Assert.Equal(4, (long)report["firstBrokenVersion"]!);
    }

    [Fact]
    public async Task resealing_a_changed_event_still_breaks_the_next_link()
    {
        var (auditor, id) = await WorkedCase();

        // The forger edits event 2 and overwrites its stored hash; event 3 still chains from the old one.
        await _tables.Execute($"update {StoreTables.Events} set data = jsonb_set(data, '{{onTime}}', 'true') where stream_id = $1 and version = 2", id);
        await _tables.Execute($"update {StoreTables.Seals} set hash = sha256(hash) where stream_id = $1 and version = 2", id);
        var report = await auditor.GetJson($"/api/cases/{id}/integrity");

        Assert.Equal(2, (long)report["firstBrokenVersion"]!);
    }

    [Fact]
    public async Task new_events_keep_sealing_after_the_record_was_damaged()
    {
        var (handler, id) = await AuditedCase.Worked(app);
        await _tables.Execute($"delete from {StoreTables.Seals} where stream_id = $1 and version = 5", id);

        await handler.Post($"/api/cases/{id}/notes", new { text = "Called Sam to confirm the letter arrived." }, 201);
        var report = await handler.As("audrey", "auditor").GetJson($"/api/cases/{id}/integrity");

        Assert.Equal(5, (long)report["firstBrokenVersion"]!);
        Assert.Equal(6, (long)report["events"]!);
    }

    [Fact]
    public async Task timestamps_finer_than_a_microsecond_still_verify()
    {
        var handler = Caller.InNewTenant(app);
        app.Clock.SetTo(new DateTimeOffset(2026, 3, 2, 10, 0, 0, TimeSpan.Zero).AddTicks(1_234_567));
        var id = await handler.RaiseComplaint();
        app.Clock.Advance(TimeSpan.FromTicks(9_999_999));
        await handler.Post($"/api/cases/{id}/notes", new { text = "Ünïcödé, emoji 🙂, quotes \" and a tab\there." }, 201);

        var report = await handler.As("audrey", "auditor").GetJson($"/api/cases/{id}/integrity");

        Assert.True((bool)report["valid"]!, (string?)report["problem"]);
    }

    [Fact]
    public async Task another_organisations_case_has_no_integrity_report_to_give()
    {
        var (_, id) = await WorkedCase();
        var stranger = Caller.InNewTenant(app, "eve", "auditor");

        await stranger.Get($"/api/cases/{id}/integrity", 404);
    }
}
