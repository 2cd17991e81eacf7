using CaseTracker.Api.Tests.Infrastructure;

namespace CaseTracker.Api.Tests;

/// <summary>A complaint from receipt to closure, through every step a handler takes, told back by the timeline.</summary>
[Collection(ApiCollection.Name)]
public sealed class Working_a_case_through_its_life(CaseTrackerApp app)
{
    [Fact]
    public async Task a_complaint_is_answered_learned_from_closed_and_reopened()
    {
        app.Clock.SetTo(new DateTimeOffset(2026, 9, 16, 9, 0, 0, TimeSpan.Zero));
        var alice = Caller.InNewTenant(app);
        var id = await alice.RaiseComplaint();
        var at = $"/api/cases/{id}";

        await alice.Post($"{at}/handler", new { handler = "alice" }, 200);
        await alice.Post($"{at}/acknowledgement", Bodies.Acknowledgement(), 200);
        await alice.Post($"{at}/response-deadline", new { dueBy = new DateOnly(2026, 10, 14) }, 200);
        await alice.Post($"{at}/response-deadline", new { dueBy = new DateOnly(2026, 10, 28), reason = "Waiting for the care agency's records." }, 200);
        await alice.Post($"{at}/apologies", Bodies.Apology(), 200);
        var reviewId = (string)(await Caller.Body(await alice.Post($"{at}/reviews", new { kind = "LocalReview", lead = "Quality lead" }, 201)))["id"]!;
        await alice.Post($"{at}/reviews/{reviewId}/findings", new { finding = "The plan was changed at a meeting Sam was not invited to." }, 201);
        await alice.Post($"{at}/reviews/{reviewId}/completion", new { summary = "Care planning bypassed the person." }, 200);
        await alice.Post($"{at}/learning", new
        {
            summary = "Plans must be co-produced; changes are agreed with the person.",
            themes = new[] { "Care planning" },
            harmSources = new[] { "SystemsAndBureaucracy", "NeglectfulDefensiveOrControllingPractice" },
            level = "Service",
        }, 201);
        var actionId = (string)(await Caller.Body(await alice.Post($"{at}/actions", Bodies.Action(new DateOnly(2026, 11, 30)), 201)))["id"]!;
        await alice.Post($"{at}/actions/{actionId}/completion", new { evidence = "New checklist in use since 1 October." }, 200);
        await alice.Post($"{at}/final-response", Bodies.FinalResponse(), 200);
        await alice.Post($"{at}/closure", new { reason = (string?)null }, 200);
        await alice.Post($"{at}/reopening", new { reason = "Sam says the hours were not restored." }, 200);
        await alice.Post($"{at}/notes", new { text = "Spoke to the agency." }, 201);

        var summary = await alice.GetJson(at);
        Assert.Equal("Acknowledged", (string?)summary["status"]);
        Assert.Equal("alice", (string?)summary["handler"]);
        Assert.Equal("2026-10-28", (string?)summary["responseDueBy"]);
        Assert.Equal(1, (int)summary["apologiesGiven"]!);
        Assert.Equal(0, (int)summary["openActions"]!);
        Assert.Equal(16, (long)summary["version"]!);

        var timeline = await alice.GetJson($"{at}/timeline");
        var kinds = timeline["entries"]!.AsArray().Select(e => (string)e!["kind"]!).ToArray();
        Assert.Equal(
        [
            "complaint-received", "handler-assigned", "acknowledged", "response-date-agreed", "response-date-extended",
            "apology", "review-started", "finding", "review-completed", "learning", "action-committed", "action-completed",
            "final-response", "closed", "reopened", "note",
        ], kinds);
        Assert.All(timeline["entries"]!.AsArray(), e => Assert.Equal("alice", (string?)e!["actor"]));
    }

    [Fact]
    public async Task a_withdrawn_complaint_takes_notes_and_nothing_else()
    {
        var alice = Caller.InNewTenant(app);
        var id = await alice.RaiseComplaint();

        await alice.Post($"/api/cases/{id}/withdrawal", new { reason = "Sorted out with the team directly." }, 200);
        await alice.Post($"/api/cases/{id}/notes", new { text = "Confirmed by phone." }, 201);
        var problem = await Caller.Body(await alice.Post($"/api/cases/{id}/apologies", Bodies.Apology(), 409));

        Assert.Equal("case-is-withdrawn", (string?)problem["rule"]);
        Assert.Equal("Withdrawn", (string?)(await alice.GetJson($"/api/cases/{id}"))["status"]);
    }

    [Fact]
    public async Task closing_with_open_actions_needs_a_reason()
    {
        var alice = Caller.InNewTenant(app);
        var id = await alice.RaiseComplaint();
        await alice.Post($"/api/cases/{id}/actions", Bodies.Action(new DateOnly(2026, 12, 1)), 201);

        var problem = await Caller.Body(await alice.Post($"/api/cases/{id}/closure", new { reason = (string?)null }, 409));
        await alice.Post($"/api/cases/{id}/closure", new { reason = "The action moved to the service improvement plan." }, 200);

        Assert.Equal("open-actions-need-a-reason", (string?)problem["rule"]);
        Assert.Equal("Closed", (string?)(await alice.GetJson($"/api/cases/{id}"))["status"]);
    }

    [Fact]
    public async Task an_action_can_only_be_completed_once_and_only_if_committed()
    {
        var alice = Caller.InNewTenant(app);
        var id = await alice.RaiseComplaint();
        var actionId = (string)(await Caller.Body(await alice.Post($"/api/cases/{id}/actions", Bodies.Action(new DateOnly(2026, 12, 1)), 201)))["id"]!;

        await alice.Post($"/api/cases/{id}/actions/{actionId}/completion", new { evidence = "Done." }, 200);
        var again = await Caller.Body(await alice.Post($"/api/cases/{id}/actions/{actionId}/completion", new { evidence = "Done." }, 409));
        var unknown = await Caller.Body(await alice.Post($"/api/cases/{id}/actions/{Guid.NewGuid()}/completion", new { evidence = "Done." }, 409));

        Assert.Equal("action-already-completed", (string?)again["rule"]);
        Assert.Equal("unknown-action", (string?)unknown["rule"]);
    }

    [Fact]
    public async Task a_harm_incident_is_reviewed_apologised_for_and_closed()
    {
        var alice = Caller.InNewTenant(app);
        var id = await alice.ReportIncident();

        await alice.Post($"/api/cases/{id}/apologies", Bodies.Apology("Meeting"), 200);
        await alice.Post($"/api/cases/{id}/reviews", new { kind = "AfterActionReview", lead = "Registered manager", scope = "The restraint on the night of the incident" }, 201);
        var ack = await Caller.Body(await alice.Post($"/api/cases/{id}/acknowledgement", Bodies.Acknowledgement(), 409));
        await alice.Post($"/api/cases/{id}/closure", new { reason = (string?)null }, 200);

        Assert.Equal("acknowledgement-is-for-complaints", (string?)ack["rule"]);
        var timeline = await alice.GetJson($"/api/cases/{id}/timeline");
        Assert.Contains("at a meeting", (string?)timeline["entries"]![1]!["description"]);
    }
}
