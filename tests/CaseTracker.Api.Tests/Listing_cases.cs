using CaseTracker.Api.Tests.Infrastructure;

namespace CaseTracker.Api.Tests;

/// <summary>Handlers work from queues: by status, service, handler, and what is overdue.</summary>
[Collection(ApiCollection.Name)]
public sealed class Listing_cases(CaseTrackerApp app)
{
    [Fact]
    public async Task filters_narrow_the_list_and_paging_keeps_the_total()
    {
        app.Clock.SetTo(new DateTimeOffset(2026, 9, 16, 9, 0, 0, TimeSpan.Zero));
        var alice = Caller.InNewTenant(app);
        var homeCare = await alice.RaiseComplaint(service: "Home care");
        var acknowledged = await alice.RaiseComplaint(service: "Home care");
        await alice.RaiseComplaint(service: "Residential care");
        await alice.Post($"/api/cases/{acknowledged}/acknowledgement", Bodies.Acknowledgement(), 200);
        await alice.Post($"/api/cases/{homeCare}/handler", new { handler = "bob" }, 200);

        Assert.Equal(2, (long)(await alice.GetJson("/api/cases?service=Home%20care"))["total"]!);
        Assert.Equal(1, (long)(await alice.GetJson("/api/cases?status=Acknowledged"))["total"]!);
        Assert.Equal(homeCare.ToString(), (string?)(await alice.GetJson("/api/cases?handler=bob"))["items"]![0]!["id"]);

        var page = await alice.GetJson("/api/cases?pageSize=2&page=2");
        Assert.Equal(3, (long)page["total"]!);
        Assert.Single(page["items"]!.AsArray());
    }

    [Fact]
    public async Task the_overdue_filter_finds_complaints_not_acknowledged_in_time()
    {
        app.Clock.SetTo(new DateTimeOffset(2026, 9, 16, 9, 0, 0, TimeSpan.Zero));
        var alice = Caller.InNewTenant(app);
        var late = await alice.RaiseComplaint(new DateTimeOffset(2026, 9, 7, 9, 0, 0, TimeSpan.Zero));
        var handled = await alice.RaiseComplaint(new DateTimeOffset(2026, 9, 7, 9, 0, 0, TimeSpan.Zero));
        var fresh = await alice.RaiseComplaint(new DateTimeOffset(2026, 9, 15, 9, 0, 0, TimeSpan.Zero));
        await alice.Post($"/api/cases/{handled}/acknowledgement",
            Bodies.Acknowledgement(acknowledgedAt: new DateTimeOffset(2026, 9, 8, 9, 0, 0, TimeSpan.Zero)), 200);

        var overdue = (await alice.GetJson("/api/cases?overdue=true"))["items"]!.AsArray().Select(c => (string?)c!["id"]).ToList();
        var notOverdue = (await alice.GetJson("/api/cases?overdue=false"))["items"]!.AsArray().Select(c => (string?)c!["id"]).ToList();

        Assert.Equal([late.ToString()], overdue);
        Assert.Equal([fresh.ToString(), handled.ToString()], notOverdue);
    }

    [Theory]
    [InlineData("page=0")]
    [InlineData("page=10001")]
    [InlineData("page=2147483647&pageSize=100")]
    [InlineData("pageSize=101")]
    public async Task a_page_outside_the_documented_range_is_refused(string query)
    {
        var alice = Caller.InNewTenant(app);

        var problem = await Caller.Body(await alice.Get($"/api/cases?{query}", 400));

        Assert.Equal("/problems/validation", (string?)problem["type"]);
    }
}
