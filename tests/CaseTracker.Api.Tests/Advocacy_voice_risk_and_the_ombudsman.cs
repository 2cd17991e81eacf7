using CaseTracker.Api.Tests.Infrastructure;

namespace CaseTracker.Api.Tests;

[Collection(ApiCollection.Name)]
public sealed class Advocacy_voice_risk_and_the_ombudsman(CaseTrackerApp app)
{
    [Fact]
    public async Task advocacy_is_offered_an_advocate_assigned_and_a_second_offer_declined()
    {
        var handler = Caller.InNewTenant(app);
        var id = await handler.RaiseComplaint();

        await handler.Post($"/api/cases/{id}/advocacy/declining", new { }, 409);
        await handler.Post($"/api/cases/{id}/advocacy/offer", new { service = "NHS complaints advocacy" }, 200);
        await handler.Post($"/api/cases/{id}/advocacy/offer", new { }, 409);
        await handler.Post($"/api/cases/{id}/advocacy/assignment", new { organisation = "VoiceAbility", advocate = "Chris Lee" }, 200);
        await handler.Post($"/api/cases/{id}/advocacy/assignment", new { organisation = "VoiceAbility" }, 400);
        await handler.Post($"/api/cases/{id}/advocacy/offer", new { }, 200);
        await handler.Post($"/api/cases/{id}/advocacy/declining", new { reason = "Chris is enough." }, 200);

        var kinds = (await handler.GetJson($"/api/cases/{id}/timeline"))["entries"]!.AsArray().Select(e => (string?)e!["kind"]);
        Assert.Equal(["complaint-received", "advocacy-offered", "advocate-assigned", "advocacy-offered", "advocacy-declined"], kinds);
    }

    [Fact]
    public async Task feedback_risk_and_safeguarding_are_recorded_and_bad_scores_refused()
    {
        var handler = Caller.InNewTenant(app);
        var id = await handler.RaiseComplaint();

        await handler.Post($"/api/cases/{id}/feedback", new { satisfaction = 6, feltHeard = true }, 400);
        var feedback = await Caller.Body(await handler.Post($"/api/cases/{id}/feedback", new { satisfaction = 2, feltHeard = false, comment = "Nobody called back." }, 201));
        await handler.Post($"/api/cases/{id}/risks", new { concern = "Isolated since the hours were cut.", level = "High" }, 201);
        await handler.Post($"/api/cases/{id}/risks", new { concern = "x", level = "Extreme" }, 400);
        await handler.Post($"/api/cases/{id}/safeguarding-referrals", new { agency = "Adult safeguarding, North", reference = "SG-4471" }, 201);
        await handler.Post($"/api/cases/{id}/safeguarding-referrals", new { agency = "Adult safeguarding", madeAt = app.Clock.GetUtcNow().AddDays(2) }, 409);

        Assert.NotNull((string?)feedback["id"]);
        var entries = (await handler.GetJson($"/api/cases/{id}/timeline"))["entries"]!.AsArray();
        Assert.Contains(entries, e => (string?)e!["description"] == "You told us how we did: 2 out of 5, and you did not feel heard.");
        Assert.Contains(entries, e => (string?)e!["description"] == "We recorded a high risk concern.");
        Assert.Contains(entries, e => ((string?)e!["description"])!.StartsWith("We made a safeguarding referral to Adult safeguarding, North", StringComparison.Ordinal));
    }

    [Fact]
    public async Task no_escalation_before_the_final_response_and_a_decision_follows_an_escalation_even_on_a_closed_case()
    {
        app.Clock.SetTo(new DateTimeOffset(2026, 9, 16, 9, 0, 0, TimeSpan.Zero));
        var handler = Caller.InNewTenant(app);
        var id = await handler.RaiseComplaint();
        var today = new DateOnly(2026, 9, 16);

        var early = await Caller.Body(await handler.Post($"/api/cases/{id}/ombudsman-escalation", new { ombudsman = "LGSCO", date = today }, 409));
        Assert.Equal("/problems/rules/escalation-before-final-response", (string?)early["type"]);

        await handler.Post($"/api/cases/{id}/acknowledgement", Bodies.Acknowledgement(), 200);
        await handler.Post($"/api/cases/{id}/final-response", Bodies.FinalResponse("NotUpheld"), 200);
        await handler.Post($"/api/cases/{id}/closure", new { }, 200);
        await handler.Post($"/api/cases/{id}/ombudsman-decision", new { date = today, outcome = "Upheld" }, 409);
        await handler.Post($"/api/cases/{id}/ombudsman-escalation", new { ombudsman = "Someone", date = today }, 400);
        await handler.Post($"/api/cases/{id}/ombudsman-escalation", new { ombudsman = "LGSCO", date = today, reference = "LG-26-001" }, 200);
        await handler.Post($"/api/cases/{id}/ombudsman-decision", new { date = today, outcome = "PartlyUpheld", summary = "Apology and a care plan review." }, 200);
        await handler.Post($"/api/cases/{Guid.NewGuid()}/ombudsman-decision", new { date = today, outcome = "Upheld" }, 404);

        var entries = (await handler.GetJson($"/api/cases/{id}/timeline"))["entries"]!.AsArray();
        Assert.Contains(entries, e => (string?)e!["description"] == "The complaint went to the Local Government and Social Care Ombudsman on Wednesday 16 September 2026.");
        Assert.Contains(entries, e => ((string?)e!["description"])!.EndsWith("the complaint was partly upheld.", StringComparison.Ordinal));
    }
}
