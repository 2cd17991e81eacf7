using CaseTracker.Api.Security;
using CaseTracker.Api.Tests.Infrastructure;

namespace CaseTracker.Api.Tests.Reliability.Fuzzing;

/// <summary>A review, action or agreement, and the case it belongs to.</summary>
public sealed record Part(Guid Case, Guid Id);

/// <summary>
/// Real cases in one tenant, each at a stage where some endpoint has work to do, and the ids of
/// the reviews, actions and agreements inside them: what fuzzed path ids mostly point at, so that
/// requests reach the decider rather than stopping at "no such case".
/// </summary>
public sealed record FuzzTargets(string Tenant, IReadOnlyList<Guid> Cases, IReadOnlyList<Part> Reviews, IReadOnlyList<Part> Actions, IReadOnlyList<Part> Agreements)
{
    private static readonly object Declaration = new { regime = "HealthServiceBody", criteria = new[] { "ModerateHarm" } };
    private static readonly object Offer = new { facilitator = "Jo", offeredTo = "Sam Taylor" };
    private static readonly object Meeting = new { format = "Circle", facilitator = "Jo", participants = new[] { "Sam Taylor", "Team manager" } };

    /// <summary>The parts a path parameter of this name is about; null for a case id.</summary>
    public IReadOnlyList<Part>? PartsFor(string parameter) => parameter switch
    {
        "reviewId" => Reviews,
        "actionId" => Actions,
        "agreementId" => Agreements,
        _ => null,
    };

    public static async Task<FuzzTargets> Arrange(Caller handler)
    {
        var facilitator = handler.As("jo", Roles.Facilitator);
        var raised = await handler.RaiseComplaint();
        var incident = await handler.ReportIncident();
        var declared = await handler.ReportIncident();
        await handler.Post($"/api/cases/{declared}/candour/notifiable", Declaration, 200);

        var worked = await handler.RaiseComplaint();
        await handler.Post($"/api/cases/{worked}/acknowledgement", Bodies.Acknowledgement(), 200);
        var review = await IdOf(handler.Post($"/api/cases/{worked}/reviews", new { kind = "AfterActionReview", lead = "Lead" }, 201));
        var action = await IdOf(handler.Post($"/api/cases/{worked}/actions", Bodies.Action(new DateOnly(2026, 12, 18)), 201));

        var answered = await handler.RaiseComplaint();
        await handler.Post($"/api/cases/{answered}/acknowledgement", Bodies.Acknowledgement(), 200);
        await handler.Post($"/api/cases/{answered}/final-response", Bodies.FinalResponse(), 200);

        var restorative = await handler.RaiseComplaint();
        await facilitator.Post($"/api/cases/{restorative}/restorative/offer", Offer, 200);
        await facilitator.Post($"/api/cases/{restorative}/restorative/acceptance", new { notes = "Yes." }, 200);
        await facilitator.Post($"/api/cases/{restorative}/restorative/meetings", Meeting, 201);
        var agreement = await IdOf(facilitator.Post($"/api/cases/{restorative}/restorative/agreements",
            new { commitments = new[] { new { what = "Review the plan with Sam", owner = "Team manager", dueBy = new DateOnly(2026, 12, 18) } } }, 201));

        return new FuzzTargets(handler.Tenant, [raised, incident, declared, worked, answered, restorative],
            [new(worked, review)], [new(worked, action)], [new(restorative, agreement)]);
    }

    private static async Task<Guid> IdOf(Task<Alba.IScenarioResult> created) => Guid.Parse((string)(await Caller.Body(await created))["id"]!);
}
