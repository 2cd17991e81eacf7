using System.Collections.Immutable;

namespace CaseTracker.Domain.Cases;

/// <summary>Where the duty of candour stands. Discharged by the letter, or when the person declined or could not be reached (reg 20(5)).</summary>
public sealed record CandourState(CandourRegime Regime, DateTimeOffset DeclaredAt, DateOnly DueBy, DateTimeOffset? NotifiedAt, DateTimeOffset? LetterSentAt, DateTimeOffset? DischargedAt);

/// <summary>A restorative process: offered (with a facilitator), then accepted or declined; meetings and agreements follow.</summary>
public sealed record RestorativeState(string Facilitator, bool Accepted, bool Declined, int MeetingsHeld, ImmutableHashSet<Guid> Agreements);

public sealed record OmbudsmanState(Ombudsman Ombudsman, DateOnly EscalatedOn, bool Decided);

public sealed partial record CaseState
{
    public DateOnly? SixMonthDate { get; init; }

    public CandourState? Candour { get; init; }

    public RestorativeState? Restorative { get; init; }

    /// <summary>An advocacy offer waiting for an answer.</summary>
    public bool AdvocacyOfferPending { get; init; }

    public string? Advocate { get; init; }

    public string? AdvocacyOrganisation { get; init; }

    public OmbudsmanState? Ombudsman { get; init; }

    private static CaseState? EvolveCare(CaseState state, object @event) => @event switch
    {
        NotifiableIncidentDeclared e => state with { Candour = new CandourState(e.Regime, e.DeclaredAt, e.CandourDueBy, null, null, null) },
        CandourNotificationGiven e when state.Candour is { } c => state with { Candour = c with { NotifiedAt = e.GivenAt } },
        CandourLetterSent e when state.Candour is { } c => state with { Candour = c with { LetterSentAt = e.SentAt, DischargedAt = c.DischargedAt ?? e.SentAt } },
        ContactAttemptFailed { Outcome: ContactOutcome.Declined or ContactOutcome.CouldNotBeContacted } e when state.Candour is { } c =>
            state with { Candour = c with { DischargedAt = c.DischargedAt ?? e.AttemptedAt } },
        RestorativeProcessOffered e => state with { Restorative = new RestorativeState(e.Facilitator, false, false, 0, []) },
        RestorativeProcessAccepted when state.Restorative is { } r => state with { Restorative = r with { Accepted = true } },
        RestorativeProcessDeclined when state.Restorative is { } r => state with { Restorative = r with { Declined = true } },
        RestorativeMeetingHeld when state.Restorative is { } r => state with { Restorative = r with { MeetingsHeld = r.MeetingsHeld + 1 } },
        RestorativeAgreementReached e when state.Restorative is { } r => state with { Restorative = r with { Agreements = r.Agreements.Add(e.AgreementId) } },
        AdvocacyOffered => state with { AdvocacyOfferPending = true },
        AdvocateAssigned e => state with { AdvocacyOfferPending = false, Advocate = e.Advocate, AdvocacyOrganisation = e.Organisation },
        AdvocacyDeclined => state with { AdvocacyOfferPending = false },
        CaseEscalatedToOmbudsman e => state with { Ombudsman = new OmbudsmanState(e.Ombudsman, e.EscalatedOn, false) },
        OmbudsmanDecisionRecorded when state.Ombudsman is { } o => state with { Ombudsman = o with { Decided = true } },
        _ => null,
    };
}
