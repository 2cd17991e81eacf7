using CaseTracker.Api.Security;
using System.Text.Json;
using System.Text.Json.Nodes;
using CaseTracker.Api.Projections;
using CaseTracker.Api.Tests.Infrastructure;
using Marten;
using Microsoft.AspNetCore.Http.Json;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace CaseTracker.Api.Tests.Audit;

/// <summary>"What did the service know on 3 March?" — the case exactly as it stood at an earlier version or instant.</summary>
[Collection(ApiCollection.Name)]
public sealed class Seeing_a_case_as_it_was(CaseTrackerApp app)
{
    [Fact]
    public async Task the_case_after_version_n_is_the_case_built_from_its_first_n_events()
    {
        var (handler, id) = await AuditedCase.Worked(app);
        var auditor = handler.As("audrey", "auditor");
        var store = app.Host.Services.GetRequiredService<IDocumentStore>();
        await using var session = store.QuerySession(handler.Tenant);
        var events = await session.Events.FetchStreamAsync(id);
        var json = app.Host.Services.GetRequiredService<IOptions<JsonOptions>>().Value.SerializerOptions;

        for (var version = 1; version <= events.Count; version++)
        {
            var built = events.Take(version).Aggregate((CaseSummary?)null, (summary, e) => new CaseSummaryProjection().Evolve(summary, id, e))!
                .For(new Actor("audrey", "audrey", "auditor", handler.Tenant));
            var history = await auditor.GetJson($"/api/cases/{id}/history?version={version}");

            Assert.Equal(version, (long)history["version"]!);
            Assert.True(JsonNode.DeepEquals(JsonSerializer.SerializeToNode(built, json), history["summary"]), $"summary at version {version}");
            Assert.Equal(version, history["timeline"]!["entries"]!.AsArray().Count);
        }
    }

    [Fact]
    public async Task each_earlier_version_is_the_read_model_as_it_was_then()
    {
        var handler = Caller.InNewTenant(app);
        var auditor = handler.As("audrey", "auditor");
        app.Clock.SetTo(AuditedCase.Day(1));
        var id = await handler.RaiseComplaint();
        var then = new List<(JsonNode Summary, JsonNode Timeline)> { (await auditor.GetJson($"/api/cases/{id}"), await auditor.GetJson($"/api/cases/{id}/timeline")) };
        app.Clock.SetTo(AuditedCase.Day(2));
        await handler.Post($"/api/cases/{id}/acknowledgement", Bodies.Acknowledgement(), 200);
        then.Add((await auditor.GetJson($"/api/cases/{id}"), await auditor.GetJson($"/api/cases/{id}/timeline")));
        app.Clock.SetTo(AuditedCase.Day(3));
        await handler.Post($"/api/cases/{id}/handler", new { handler = "bob" }, 200);
        then.Add((await auditor.GetJson($"/api/cases/{id}"), await auditor.GetJson($"/api/cases/{id}/timeline")));
        await handler.Post($"/api/cases/{id}/closure", new { reason = "Resolved by phone." }, 200);

        for (var version = 1; version <= then.Count; version++)
        {
            var history = await auditor.GetJson($"/api/cases/{id}/history?version={version}");
            Assert.True(JsonNode.DeepEquals(then[version - 1].Summary, history["summary"]), $"summary at version {version}");
            Assert.True(JsonNode.DeepEquals(then[version - 1].Timeline, history["timeline"]), $"timeline at version {version}");
        }
    }

    [Fact]
    public async Task an_instant_between_two_events_gives_the_state_after_the_earlier_one()
    {
        var (handler, id) = await AuditedCase.Worked(app);

        var midDay3 = await handler.As("audrey", "auditor").GetJson($"/api/cases/{id}/history?asOf={Uri.EscapeDataString("2026-03-04T15:00:00Z")}");
        var exactlyDay2 = await handler.As("audrey", "auditor").GetJson($"/api/cases/{id}/history?asOf={Uri.EscapeDataString("2026-03-03T10:00:00+00:00")}");
        var justBeforeDay2 = await handler.As("audrey", "auditor").GetJson($"/api/cases/{id}/history?asOf={Uri.EscapeDataString("2026-03-03T10:59:59+01:00")}");

        Assert.Equal(3, (long)midDay3["version"]!);
        Assert.Equal(1, (int)midDay3["summary"]!["apologiesGiven"]!);
        Assert.Equal("Acknowledged", (string?)midDay3["summary"]!["status"]);
        Assert.Equal(2, (long)exactlyDay2["version"]!);
        Assert.Equal(1, (long)justBeforeDay2["version"]!);
        Assert.Equal("Open", (string?)justBeforeDay2["summary"]!["status"]);
        Assert.Equal("2026-03-04T15:00:00+00:00", (string?)midDay3["asOf"]);
    }

    [Fact]
    public async Task before_the_case_existed_or_beyond_its_last_version_there_is_nothing_to_see()
    {
        var (handler, id) = await AuditedCase.Worked(app);

        await handler.As("audrey", "auditor").Get($"/api/cases/{id}/history?asOf=2026-03-02T09:59:59Z", 404);
        await handler.As("audrey", "auditor").Get($"/api/cases/{id}/history?version=6", 404);
        await Caller.InNewTenant(app, "eve", "auditor").Get($"/api/cases/{id}/history?version=1", 404);
    }

    [Theory]
    [InlineData("?version=0", "version")]
    [InlineData("?version=two", "version")]
    [InlineData("?asOf=yesterday", "asOf")]
    [InlineData("?asOf=2026-03-04T15:00:00", "asOf")]
    [InlineData("?version=1&asOf=2026-03-04T15:00:00Z", "version")]
    [InlineData("", "version")]
    public async Task a_malformed_moment_is_a_400(string query, string field)
    {
        var (handler, id) = await AuditedCase.Worked(app);

        var problem = await Caller.Body(await handler.As("audrey", "auditor").Get($"/api/cases/{id}/history{query}", 400));

        Assert.NotNull(problem["errors"]![field]);
    }
}
