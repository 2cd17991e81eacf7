using CaseTracker.Api.Tests.Infrastructure;
using Npgsql;

namespace CaseTracker.Api.Tests;

/// <summary>
/// The database goes away under a running service: callers get an honest 503 with Retry-After,
/// never a hang or a 500, readiness says not ready, and when the database returns the service
/// carries on by itself.
/// </summary>
[Collection(ApiCollection.Name)]
public sealed class Surviving_a_database_outage(CaseTrackerApp app)
{
    [Fact]
    public async Task an_outage_is_a_503_with_retry_after_and_the_service_recovers_on_its_own()
    {
        await using var database = await TestDatabase.CreateAsync();
        var direct = new NpgsqlConnectionStringBuilder(database.ConnectionString);
        await using var link = DatabaseLink.To(direct.Host!, direct.Port);
        var throughLink = new NpgsqlConnectionStringBuilder(database.ConnectionString) { Port = link.Port, Timeout = 3, CommandTimeout = 5 }.ConnectionString;
        await using var host = await app.StartHost(throughLink, new TestClock(new DateTimeOffset(2026, 9, 16, 9, 0, 0, TimeSpan.Zero)));
        var handler = Caller.InNewTenant(app).On(host);
        var id = await handler.RaiseComplaint(new DateTimeOffset(2026, 9, 16, 9, 0, 0, TimeSpan.Zero));

        link.Cut();
        var read = await handler.Get($"/api/cases/{id}", 503);
        var write = await handler.Post($"/api/cases/{id}/notes", new { text = "Written while the database was away." }, 503);
        await host.Scenario(s => { s.Get.Url("/health/ready"); s.StatusCodeShouldBe(503); });

        Assert.Equal("/problems/database-unavailable", (string?)(await Caller.Body(read))["type"]);
        Assert.Equal("5", write.Context.Response.Headers.RetryAfter.ToString());

        link.Restore();
        var recovered = await Eventually.Until(
            async () => (await host.Scenario(s => { s.Get.Url("/health/ready"); s.IgnoreStatusCode(); })).Context.Response.StatusCode,
            status => status == 200, "readiness after the database returned");
        await handler.Post($"/api/cases/{id}/notes", new { text = "Written after it came back." }, 201);

        Assert.Equal(200, recovered);
        Assert.Equal(2, await handler.VersionOf(id));
        Assert.Equal(1, (await handler.GetJson($"/api/cases/{id}/timeline"))["entries"]!.AsArray().Count(e => (string?)e!["kind"] == "note"));
    }
}
