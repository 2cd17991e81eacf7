using CaseTracker.Api.Tests.Infrastructure;
using Newtonsoft.Json.Linq;
using Snapshooter;
using Snapshooter.Xunit;

namespace CaseTracker.Api.Tests.Audit;

/// <summary>An auditor replays everything that happened on a case, in order, with who did it and when.</summary>
[Collection(ApiCollection.Name)]
public sealed class Replaying_a_case(CaseTrackerApp app)
{
    [Fact]
    public async Task every_event_comes_in_order_with_its_metadata_and_chained_hashes()
    {
        var (handler, id) = await AuditedCase.Worked(app);
        var auditor = handler.As("audrey", "auditor");

        var page = await auditor.GetJson($"/api/cases/{id}/events");
        var events = page["events"]!.AsArray();

        Assert.Equal(5, (long)page["lastVersion"]!);
        Assert.Null(page["nextFromVersion"]);
        Assert.Equal(
            ["complaint_raised", "complaint_acknowledged", "apology_given", "note_added", "final_response_sent"],
            events.Select(e => (string)e!["type"]!));
        Assert.Equal([1L, 2, 3, 4, 5], events.Select(e => (long)e!["version"]!));
        Assert.All(events, e => Assert.Equal(handler.User, (string?)e!["user"]));
        Assert.All(events, e => Assert.Equal(handler.Tenant, (string?)e!["tenant"]));
        Assert.Equal(AuditedCase.Day(3), DateTimeOffset.Parse((string)events[2]!["timestamp"]!, System.Globalization.CultureInfo.InvariantCulture));
        Assert.True(events.Select(e => (long)e!["sequence"]!).Order().SequenceEqual(events.Select(e => (long)e!["sequence"]!)));
        for (var i = 1; i < events.Count; i++) Assert.Equal((string?)events[i - 1]!["hash"], (string?)events[i]!["previousHash"]);
        Assert.Equal("Sam Taylor", (string?)events[0]!["data"]!["complainant"]!["name"]);
    }

    [Fact]
    public async Task a_long_history_comes_in_pages_that_join_up()
    {
        var handler = Caller.InNewTenant(app);
        var id = await handler.RaiseComplaint();
        for (var i = 0; i < 6; i++) await handler.Post($"/api/cases/{id}/notes", new { text = $"Note {i}" }, 201);

        var first = await handler.As("audrey", "auditor").GetJson($"/api/cases/{id}/events?pageSize=3");
        var second = await handler.As("audrey", "auditor").GetJson($"/api/cases/{id}/events?pageSize=3&fromVersion={(long)first["nextFromVersion"]!}");
        var third = await handler.As("audrey", "auditor").GetJson($"/api/cases/{id}/events?pageSize=3&fromVersion={(long)second["nextFromVersion"]!}");

        Assert.Equal([1L, 2, 3], first["events"]!.AsArray().Select(e => (long)e!["version"]!));
        Assert.Equal([4L, 5, 6], second["events"]!.AsArray().Select(e => (long)e!["version"]!));
        Assert.Equal([7L], third["events"]!.AsArray().Select(e => (long)e!["version"]!));
        Assert.Null(third["nextFromVersion"]);
    }

    [Theory]
    [InlineData("?pageSize=101", "pageSize")]
    [InlineData("?pageSize=0", "pageSize")]
    [InlineData("?pageSize=ten", "pageSize")]
    [InlineData("?fromVersion=0", "fromVersion")]
    [InlineData("?fromVersion=-3", "fromVersion")]
    public async Task bad_paging_is_a_400_naming_the_parameter(string query, string field)
    {
        var handler = Caller.InNewTenant(app);
        var id = await handler.RaiseComplaint();

        var problem = await Caller.Body(await handler.As("audrey", "auditor").Get($"/api/cases/{id}/events{query}", 400));

        Assert.NotNull(problem["errors"]![field]);
    }

    [Fact]
    public async Task another_organisations_case_is_not_found()
    {
        var (_, id) = await AuditedCase.Worked(app);

        await Caller.InNewTenant(app, "eve", "auditor").Get($"/api/cases/{id}/events", 404);
        await Caller.InNewTenant(app, "eve", "auditor").Get($"/api/cases/{Guid.NewGuid()}/events", 404);
    }

    [Fact]
    public async Task the_events_of_a_worked_case()
    {
        var (handler, id) = await AuditedCase.Worked(app);

        var page = await handler.As("audrey", "auditor").GetJson($"/api/cases/{id}/events");

        // Ids, the tenant, store positions, trace ids and the hashes that cover them differ per run. The causation,
        // where there is one, names a span of the request's trace: new every run too.
        Snapshot.Match(JObject.Parse(page.ToJsonString()), options => options
            .IgnoreField("caseId").IgnoreAllFields("caseId").IgnoreAllFields("tenant").IgnoreAllFields("sequence")
            .IgnoreAllFields("correlationId").IgnoreAllFields("causationId").IgnoreAllFields("noteId").IgnoreAllFields("hash").IgnoreAllFields("previousHash"));
    }
}
