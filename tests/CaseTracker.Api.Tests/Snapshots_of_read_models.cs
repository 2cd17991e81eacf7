using CaseTracker.Api.Tests.Infrastructure;
using Newtonsoft.Json.Linq;
using Snapshooter;
using Snapshooter.Xunit;

namespace CaseTracker.Api.Tests;

/// <summary>
/// The JSON a client reads, pinned. A change here is a change to the API's contract or to the
/// words complainants read: review the snapshot diff and commit it deliberately.
/// </summary>
[Collection(ApiCollection.Name)]
public sealed class Snapshots_of_read_models(CaseTrackerApp app)
{
    private static readonly DateTimeOffset Received = new(2026, 8, 27, 14, 30, 0, TimeSpan.FromHours(1));

    private async Task<(Caller Alice, Guid Id)> AnsweredComplaint()
    {
        app.Clock.SetTo(Received.AddMinutes(20));
        var alice = Caller.InNewTenant(app);
        var id = await alice.RaiseComplaint(Received);
        app.Clock.SetTo(new DateTimeOffset(2026, 9, 1, 10, 0, 0, TimeSpan.FromHours(1)));
        await alice.Post($"/api/cases/{id}/acknowledgement", Bodies.Acknowledgement(responseDueBy: new DateOnly(2026, 9, 30)), 200);
        app.Clock.SetTo(new DateTimeOffset(2026, 9, 8, 15, 0, 0, TimeSpan.FromHours(1)));
        await alice.Post($"/api/cases/{id}/apologies", Bodies.Apology(), 200);
        app.Clock.SetTo(new DateTimeOffset(2026, 9, 25, 12, 0, 0, TimeSpan.FromHours(1)));
        await alice.Post($"/api/cases/{id}/final-response", Bodies.FinalResponse("Upheld"), 200);
        return (alice, id);
    }

    [Fact]
    public async Task the_accountability_timeline_of_an_answered_complaint()
    {
        var (alice, id) = await AnsweredComplaint();

        var timeline = await alice.GetJson($"/api/cases/{id}/timeline");

        Snapshot.Match(JObject.Parse(timeline.ToJsonString()), options => options.IgnoreField("id"));
    }

    [Fact]
    public async Task the_summary_of_an_answered_complaint()
    {
        var (alice, id) = await AnsweredComplaint();

        var summary = await alice.GetJson($"/api/cases/{id}");

        Snapshot.Match(JObject.Parse(summary.ToJsonString()), options => options.IgnoreField("id"));
    }
}
