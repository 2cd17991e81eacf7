using System.Text.Json.Nodes;
using Alba;
using CaseTracker.Api.Projections;
using JasperFx.Events.Daemon;
using Marten;
using Microsoft.Extensions.DependencyInjection;
using CaseTracker.Api.Tests.Infrastructure;

namespace CaseTracker.Api.Tests;

/// <summary>
/// A person asks for their personal data to be erased. Their words, name and contact details go
/// from every event, read model and export; what the service did, when, and with what outcome
/// stays; the reports do not move; and the integrity chain still proves nothing else was touched.
/// </summary>
[Collection(ApiCollection.Name)]
public sealed class Erasing_a_case_on_a_lawful_request(CaseTrackerApp app)
{
    private static readonly string[] PersonalWords =
        ["Sam Taylor", "sam.taylor@example.org", "01632 960000", "support hours were cut", "Large print letters", "daughter rang"];

    private readonly StoreTables _tables = new(app);

    private async Task<(Caller Handler, Caller Auditor, Caller Admin, Guid Id)> AnsweredAndClosedComplaint()
    {
        app.Clock.SetTo(new DateTimeOffset(2026, 9, 16, 9, 0, 0, TimeSpan.Zero));
        var handler = Caller.InNewTenant(app);
        var id = await handler.RaiseComplaint();
        await handler.Post($"/api/cases/{id}/acknowledgement", Bodies.Acknowledgement(), 200);
        await handler.Post($"/api/cases/{id}/apologies", Bodies.Apology(), 200);
        await handler.Post($"/api/cases/{id}/notes", new { text = "Sam's daughter rang to ask how it was going." }, 201);
        await handler.Post($"/api/cases/{id}/final-response", Bodies.FinalResponse("Upheld"), 200);
        await handler.Post($"/api/cases/{id}/closure", new { reason = "Answered." }, 200);
        return (handler, handler.As("audrey", "auditor"), handler.As("ada", "admin"), id);
    }

    private static object Request => new { ground = "ConsentWithdrawn", reason = "Sam asked us to erase their details (request 2026-114)." };

    [Fact]
    public async Task personal_data_leaves_events_read_models_and_exports_while_the_record_of_what_was_done_stays()
    {
        var (handler, auditor, admin, id) = await AnsweredAndClosedComplaint();

        var erased = await Caller.Body(await admin.Post($"/api/cases/{id}/erasure", Request, 200));

        Assert.True((int)erased["eventsMasked"]! >= 5);
        foreach (var url in new[] { $"/api/cases/{id}/events", $"/api/cases/{id}/export", $"/api/cases/{id}", $"/api/cases/{id}/timeline", $"/api/cases/{id}/history?version=1" })
        {
            var text = await (await auditor.Get(url)).ReadAsTextAsync();
            Assert.All(PersonalWords, word => Assert.DoesNotContain(word, text, StringComparison.Ordinal));
        }

        var handlersView = await (await handler.Get($"/api/cases/{id}")).ReadAsTextAsync();
        Assert.All(PersonalWords, word => Assert.DoesNotContain(word, handlersView, StringComparison.Ordinal));
        var summary = await handler.GetJson($"/api/cases/{id}");
        Assert.Equal("Closed", (string?)summary["status"]);
        Assert.Equal("Upheld", (string?)summary["outcome"]);
        Assert.Equal("2026-09-21", (string?)summary["acknowledgementDueBy"]);
        Assert.Equal(1, (int)summary["apologiesGiven"]!);
        var timeline = await handler.GetJson($"/api/cases/{id}/timeline");
        Assert.Equal("personal-data-erased", (string?)timeline["entries"]!.AsArray().Last()!["kind"]);
        Assert.Equal(7, timeline["entries"]!.AsArray().Count);
    }

    [Fact]
    public async Task the_chain_still_verifies_after_erasure_and_any_other_change_is_still_caught()
    {
        var (_, auditor, admin, id) = await AnsweredAndClosedComplaint();
        await admin.Post($"/api/cases/{id}/erasure", Request, 200);

        var afterErasure = await auditor.GetJson($"/api/cases/{id}/integrity");
        await _tables.Execute($"update {StoreTables.Events} set data = jsonb_set(data, '{{outcome}}', '\"NotUpheld\"') where stream_id = $1 and version = 5", id);
        var afterTampering = await auditor.GetJson($"/api/cases/{id}/integrity");

        Assert.True((bool)afterErasure["valid"]!);
        Assert.False((bool)afterTampering["valid"]!);
        Assert.Equal(5, (long)afterTampering["firstBrokenVersion"]!);
    }

    /// <remarks>
    /// On a database of its own, and projected by an explicit rebuild of the report projection:
    /// other stories tamper with the shared store on purpose, and this one compares exactly what
    /// the report makes of this case's events before and after their personal data is masked.
    /// </remarks>
    [Fact]
    public async Task the_reports_read_the_same_before_and_after()
    {
        const string report = "/api/reports/learning?from=2026-09&to=2026-09";
        await using var database = await TestDatabase.CreateAsync();
        await using var host = await app.StartHost(database.ConnectionString, new TestClock(new DateTimeOffset(2026, 9, 16, 9, 0, 0, TimeSpan.Zero)));
        var daemon = host.Services.GetRequiredService<IProjectionCoordinator>().DaemonForMainDatabase();
        var handler = Caller.InNewTenant(app).On(host);
        var (auditor, admin) = (handler.As("audrey", "auditor").On(host), handler.As("ada", "admin").On(host));
        var id = await handler.RaiseComplaint(new DateTimeOffset(2026, 9, 16, 9, 0, 0, TimeSpan.Zero));
        await handler.Post($"/api/cases/{id}/acknowledgement", Bodies.Acknowledgement(), 200);
        await handler.Post($"/api/cases/{id}/apologies", Bodies.Apology(), 200);
        await handler.Post($"/api/cases/{id}/final-response", Bodies.FinalResponse("Upheld"), 200);

        await daemon.RebuildProjectionAsync(LearningReportProjection.Name, WrittenCases.ProjectionWait, CancellationToken.None);
        var before = await auditor.GetJson(report);
        await admin.Post($"/api/cases/{id}/erasure", Request, 200);
        await daemon.RebuildProjectionAsync(LearningReportProjection.Name, WrittenCases.ProjectionWait, CancellationToken.None);
        var after = await auditor.GetJson(report);

        Assert.Equal(1, (int)before["complaintsReceived"]!);
        Assert.Equal(1, (int)before["outcomes"]!["upheld"]!);
        before.AsObject().Remove("freshness");
        after.AsObject().Remove("freshness");
        Assert.True(JsonNode.DeepEquals(before, after), $"before: {before.ToJsonString()}\nafter: {after.ToJsonString()}");
    }

    [Fact]
    public async Task an_erasure_needs_a_lawful_ground_and_a_reason_and_a_case_that_exists()
    {
        var (_, _, admin, id) = await AnsweredAndClosedComplaint();

        var problem = await Caller.Body(await admin.Post($"/api/cases/{id}/erasure", new { ground = "BecauseISaidSo" }, 400));
        var missing = await Caller.Body(await admin.Post($"/api/cases/{id}/erasure", new { ground = "ConsentWithdrawn" }, 400));
        await admin.Post($"/api/cases/{Guid.NewGuid()}/erasure", Request, 404);

        Assert.True(problem["errors"]!.AsObject().ContainsKey("ground"));
        Assert.True(missing["errors"]!.AsObject().ContainsKey("reason"));
    }
}
