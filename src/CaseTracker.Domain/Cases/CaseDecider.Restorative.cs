namespace CaseTracker.Domain.Cases;

public static partial class CaseDecider
{
    private static Decision? Restorative(CaseCommand command, CaseState state, DecisionContext context) => command switch
    {
        OfferRestorativeProcess c => state.Restorative is { Declined: false }
            ? Decision.Reject(Rules.RestorativeAlreadyOffered, "A restorative process is already offered on this case.")
            : Decision.Accept(new RestorativeProcessOffered(c.Facilitator, c.OfferedTo, context.Actor, context.Now)),
        AcceptRestorativeProcess c => WithPendingOffer(state, () => new RestorativeProcessAccepted(c.Notes, context.Actor, context.Now)),
        DeclineRestorativeProcess c => WithPendingOffer(state, () => new RestorativeProcessDeclined(c.Reason, context.Actor, context.Now)),
        // Who was hurt and what they need can be understood before anyone agrees to meet.
        IdentifyHarmedParty c => state.Restorative is { Declined: false }
            ? Decision.Accept(new HarmedPartyIdentified(c.PartyId, c.Who, c.Needs, c.WhoseObligation, context.Actor, context.Now))
            : NoProcess(),
        HoldRestorativeMeeting c => HoldMeeting(c, state, context),
        ReachRestorativeAgreement c => state.Restorative switch
        {
            null or { Declined: true } => NoProcess(),
            { MeetingsHeld: 0 } => Decision.Reject(Rules.AgreementBeforeMeeting, "An agreement is reached at a meeting: record the meeting first."),
            { } r when r.Agreements.Contains(c.AgreementId) => Decision.Reject(Rules.AgreementAlreadyReached, "An agreement with this id is already recorded."),
            _ => Decision.Accept(new RestorativeAgreementReached(c.AgreementId, c.Commitments, context.Actor, context.Now)),
        },
        FollowUpAgreement c => state.Restorative?.Agreements.Contains(c.AgreementId) == true
            ? Decision.Accept(new AgreementFollowUpRecorded(c.AgreementId, c.FollowUpId, c.Kept, c.Notes, context.Actor, context.Now))
            : Decision.Reject(Rules.UnknownAgreement, "No restorative agreement with this id was reached on the case."),
        _ => null,
    };

    private static Decision HoldMeeting(HoldRestorativeMeeting c, CaseState state, DecisionContext context)
    {
        if (state.Restorative is not { Accepted: true, Declined: false })
            return Decision.Reject(Rules.RestorativeNotAccepted, "A restorative meeting needs a process that was offered and accepted.");
        var heldAt = c.HeldAt ?? context.Now;
        return WhenProblem(heldAt, state, context)
            ?? Decision.Accept(new RestorativeMeetingHeld(c.MeetingId, heldAt, c.Format, c.Facilitator, c.Participants, context.Actor, context.Now));
    }

    private static Decision WithPendingOffer(CaseState state, Func<object> next) => state.Restorative switch
    {
        null or { Declined: true } => Decision.Reject(Rules.NoRestorativeOffer, "No restorative process is waiting for an answer."),
        { Accepted: true } => Decision.Reject(Rules.RestorativeAlreadyAccepted, "The restorative process was already accepted."),
        _ => Decision.Accept(next()),
    };

    private static Decision NoProcess() =>
        Decision.Reject(Rules.NoRestorativeOffer, "There is no restorative process on this case: offer one first.");
}
