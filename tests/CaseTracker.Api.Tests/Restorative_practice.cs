using CaseTracker.Api.Tests.Infrastructure;

namespace CaseTracker.Api.Tests;

/// <summary>Who was hurt, what they need, whose obligation; meetings, agreements, and whether they were kept. Facilitators do this work.</summary>
[Collection(ApiCollection.Name)]
public sealed class Restorative_practice(CaseTrackerApp app)
{
    [Fact]
    public async Task a_facilitator_takes_a_case_from_offer_to_a_kept_agreement_and_sees_it_in_their_open_work()
    {
        var handler = Caller.InNewTenant(app);
        var facilitator = handler.As("jo", "facilitator");
        var id = await handler.RaiseComplaint();
        var at = $"/api/cases/{id}/restorative";

        await facilitator.Post($"{at}/offer", new { facilitator = "Jo Facilitator", offeredTo = "Sam Taylor" }, 200);
        await facilitator.Post($"{at}/acceptance", new { notes = "Sam would like to meet the team manager." }, 200);
        await facilitator.Post($"{at}/harmed-parties", new { who = "Sam Taylor", needs = new[] { "To be listened to", "Hours restored" }, whoseObligation = "Team manager" }, 201);
        await facilitator.Post($"{at}/meetings", new { format = "Conference", facilitator = "Jo Facilitator", participants = new[] { "Sam Taylor", "Team manager" } }, 201);
        var agreement = await Caller.Body(await facilitator.Post($"{at}/agreements",
            new { commitments = new[] { new { what = "Review the care plan with Sam", owner = "Team manager", dueBy = new DateOnly(2026, 12, 1) } } }, 201));
        var agreementId = (string)agreement["id"]!;
        await facilitator.Post($"{at}/agreements/{agreementId}/follow-ups", new { kept = true, notes = "Review held." }, 201);

        var work = (await handler.GetJson("/api/restorative/cases?facilitator=Jo%20Facilitator"))["items"]!.AsArray().Single()!;
        Assert.Equal(id, (Guid)work["id"]!);
        Assert.Equal("Accepted", (string?)work["stage"]);
        Assert.Equal(1, (int)work["meetingsHeld"]!);
        Assert.Equal(1, (int)work["followUpsKept"]!);
        // What was recorded, not only how much: the workspace page lists these.
        var party = work["parties"]!.AsArray().Single()!;
        Assert.Equal("Sam Taylor", (string?)party["who"]);
        Assert.Equal(["To be listened to", "Hours restored"], party["needs"]!.AsArray().Select(n => (string?)n));
        Assert.Equal("Team manager", (string?)party["whoseObligation"]);
        var meeting = work["meetings"]!.AsArray().Single()!;
        Assert.Equal("Conference", (string?)meeting["format"]);
        Assert.Equal(["Sam Taylor", "Team manager"], meeting["participants"]!.AsArray().Select(n => (string?)n));
        var reached = work["agreementsReached"]!.AsArray().Single()!;
        Assert.Equal(agreementId, (string?)reached["agreementId"]);
        Assert.Equal("Review the care plan with Sam", (string?)reached["commitments"]!.AsArray().Single()!["what"]);
        var followUp = reached["followUps"]!.AsArray().Single()!;
        Assert.True((bool)followUp["kept"]!);
        Assert.Equal("Review held.", (string?)followUp["notes"]);
        Assert.Empty((await handler.GetJson("/api/restorative/cases?facilitator=Kim"))["items"]!.AsArray());
        var timeline = await handler.GetJson($"/api/cases/{id}/timeline");
        Assert.Contains(timeline["entries"]!.AsArray(), e => (string?)e!["description"] == "We checked the restorative agreement: it was kept.");
    }

    [Fact]
    public async Task declined_work_leaves_the_facilitators_list()
    {
        var handler = Caller.InNewTenant(app);
        var facilitator = handler.As("jo", "facilitator");
        var id = await handler.RaiseComplaint();
        await facilitator.Post($"/api/cases/{id}/restorative/offer", new { facilitator = "Lee", offeredTo = "Sam Taylor" }, 200);
        Assert.Single((await handler.GetJson("/api/restorative/cases?facilitator=Lee"))["items"]!.AsArray());

        await facilitator.Post($"/api/cases/{id}/restorative/declining", new { reason = "Not now." }, 200);

        Assert.Empty((await handler.GetJson("/api/restorative/cases?facilitator=Lee"))["items"]!.AsArray());
    }

    [Fact]
    public async Task the_restorative_endpoints_refuse_what_the_process_does_not_allow()
    {
        var handler = Caller.InNewTenant(app);
        var facilitator = handler.As("jo", "facilitator");
        var id = await handler.RaiseComplaint();
        var at = $"/api/cases/{id}/restorative";

        var noOffer = await Caller.Body(await facilitator.Post($"{at}/acceptance", new { }, 409));
        Assert.Equal("/problems/rules/no-restorative-offer", (string?)noOffer["type"]);
        await facilitator.Post($"{at}/offer", new { facilitator = "Jo" }, 400);
        await facilitator.Post($"{at}/offer", new { facilitator = "Jo", offeredTo = "Sam" }, 200);
        await facilitator.Post($"{at}/acceptance", new { }, 200);
        var early = await Caller.Body(await facilitator.Post($"{at}/agreements", new { commitments = new[] { new { what = "Call weekly", owner = "Jo" } } }, 409));
        Assert.Equal("/problems/rules/agreement-before-meeting", (string?)early["type"]);
        var unknown = await Caller.Body(await facilitator.Post($"{at}/agreements/{Guid.NewGuid()}/follow-ups", new { kept = false }, 409));
        Assert.Equal("/problems/rules/unknown-agreement", (string?)unknown["type"]);
        await facilitator.Post($"{at}/meetings", new { format = "Huddle", facilitator = "Jo", participants = Array.Empty<string>() }, 400);
        await facilitator.Post($"/api/cases/{Guid.NewGuid()}/restorative/offer", new { facilitator = "Jo", offeredTo = "Sam" }, 404);
        await handler.Get("/api/restorative/cases", 400);
    }
}
