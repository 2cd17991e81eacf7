using CaseTracker.Api.Tests.Infrastructure;

namespace CaseTracker.Api.Tests;

/// <summary>Two handlers must never silently overwrite each other's decisions.</summary>
[Collection(ApiCollection.Name)]
public sealed class Concurrency_with_etags(CaseTrackerApp app)
{
    [Fact]
    public async Task reading_a_case_gives_its_version_as_the_etag()
    {
        var handler = Caller.InNewTenant(app);
        var id = await handler.RaiseComplaint();

        var result = await handler.Get($"/api/cases/{id}");

        Assert.Equal("\"1\"", result.Context.Response.Headers.ETag.ToString());
    }

    [Fact]
    public async Task a_write_with_the_current_etag_succeeds_and_returns_the_next_one()
    {
        var handler = Caller.InNewTenant(app);
        var id = await handler.RaiseComplaint();

        var result = await handler.Post($"/api/cases/{id}/acknowledgement", Bodies.Acknowledgement(), 200, ifMatch: "\"1\"");

        Assert.Equal("\"2\"", result.Context.Response.Headers.ETag.ToString());
        Assert.Equal(2, (long)(await Caller.Body(result))["version"]!);
    }

    [Fact]
    public async Task a_write_with_a_stale_etag_gets_412_and_appends_nothing()
    {
        var alice = Caller.InNewTenant(app);
        var bob = alice.As("bob", "handler");
        var id = await alice.RaiseComplaint();
        await alice.Post($"/api/cases/{id}/notes", new { text = "Called Sam back." }, 201, ifMatch: "\"1\"");

        var problem = await Caller.Body(await bob.Post($"/api/cases/{id}/acknowledgement", Bodies.Acknowledgement(), 412, ifMatch: "\"1\""));

        Assert.Equal("/problems/precondition-failed", (string?)problem["type"]);
        Assert.Equal(2, (long)problem["currentVersion"]!);
        Assert.Equal(2, await alice.VersionOf(id));
    }

    [Theory]
    [InlineData("yesterday")]
    [InlineData("   ")]
    public async Task an_if_match_that_is_not_an_etag_is_a_400(string ifMatch)
    {
        var handler = Caller.InNewTenant(app);
        var id = await handler.RaiseComplaint();

        await handler.Post($"/api/cases/{id}/notes", new { text = "hello" }, 400, ifMatch: ifMatch);

        Assert.Equal(1, await handler.VersionOf(id));
    }

    [Fact]
    public async Task writers_without_if_match_never_lose_each_others_notes()
    {
        var handler = Caller.InNewTenant(app);
        var id = await handler.RaiseComplaint();

        await Task.WhenAll(Enumerable.Range(0, 10).Select(i =>
            handler.Post($"/api/cases/{id}/notes", new { text = $"Note {i}" }, 201)));

        var timeline = await handler.GetJson($"/api/cases/{id}/timeline");
        var notes = timeline["entries"]!.AsArray().Where(e => (string?)e!["kind"] == "note").ToList();
        Assert.Equal(10, notes.Count);
        Assert.Equal(11, await handler.VersionOf(id));
    }
}
