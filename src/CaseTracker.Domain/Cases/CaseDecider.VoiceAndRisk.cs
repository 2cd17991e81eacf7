namespace CaseTracker.Domain.Cases;

public static partial class CaseDecider
{
    private static Decision? VoiceAndRisk(CaseCommand command, CaseState state, DecisionContext context) => command switch
    {
        OfferAdvocacy c => state.AdvocacyOfferPending
            ? Decision.Reject(Rules.AdvocacyAlreadyOffered, "Advocacy is already offered and waiting for an answer.")
            : Decision.Accept(new AdvocacyOffered(c.Service, context.Actor, context.Now)),
        // Complainants may arrive with an advocate of their own, so no offer is needed first.
        AssignAdvocate c => c.Advocate == state.Advocate && c.Organisation == state.AdvocacyOrganisation
            ? Decision.Accept()
            : Decision.Accept(new AdvocateAssigned(c.Organisation, c.Advocate, state.Advocate, context.Actor, context.Now)),
        DeclineAdvocacy c => state.AdvocacyOfferPending
            ? Decision.Accept(new AdvocacyDeclined(c.Reason, context.Actor, context.Now))
            : Decision.Reject(Rules.NoAdvocacyOffer, "No offer of advocacy is waiting for an answer."),
        RecordFeedback c => c.Satisfaction is < 1 or > 5
            ? Decision.Reject(Rules.SatisfactionOutOfRange, "Satisfaction is scored from 1 (very dissatisfied) to 5 (very satisfied).")
            : Decision.Accept(new ComplainantFeedbackRecorded(c.FeedbackId, c.Satisfaction, c.FeltHeard, c.Comment, context.Actor, context.Now)),
        RaiseRiskConcern c => Decision.Accept(new RiskConcernRaised(c.RiskId, c.Concern, c.Level, context.Actor, context.Now)),
        MakeSafeguardingReferral c => WhenProblem(c.MadeAt ?? context.Now, state, context)
            ?? Decision.Accept(new SafeguardingReferralMade(c.ReferralId, c.MadeAt ?? context.Now, c.Agency, c.AgencyReference, context.Actor, context.Now)),
        EscalateToOmbudsman c => Escalate(c, state, context),
        RecordOmbudsmanDecision c => RecordOmbudsmanDecision(c, state, context),
        _ => null,
    };

    /// <summary>
    /// The Ombudsman expects the provider's own process to finish first; after six months without a
    /// final response (reg 14(2)) the complainant may go anyway.
    /// </summary>
    private static Decision Escalate(EscalateToOmbudsman c, CaseState state, DecisionContext context)
    {
        if (state.Kind != CaseKind.Complaint)
            return Decision.Reject(Rules.OmbudsmanIsForComplaints, "Only a complaint is escalated to an Ombudsman.");
        if (state.Ombudsman is { Decided: false } pending)
            return Decision.Reject(Rules.AlreadyWithOmbudsman, $"The case is already with the {pending.Ombudsman}, awaiting a decision.");
        if (DayProblem(c.EscalatedOn, state, context) is { } problem) return problem;
        if (state.FinalResponseSentAt is null && state.SixMonthDate is { } sixMonths && c.EscalatedOn < sixMonths)
            return Decision.Reject(Rules.EscalationBeforeFinalResponse,
                $"Without a final response a complaint goes to the Ombudsman only after six months, on or after {sixMonths:yyyy-MM-dd}.");
        return Decision.Accept(new CaseEscalatedToOmbudsman(
            c.Ombudsman, c.EscalatedOn, c.OmbudsmanReference, state.FinalResponseSentAt is not null, context.Actor, context.Now));
    }

    private static Decision RecordOmbudsmanDecision(RecordOmbudsmanDecision c, CaseState state, DecisionContext context)
    {
        if (state.Ombudsman is not { Decided: false } pending)
            return Decision.Reject(Rules.NotWithOmbudsman, "The case is not waiting for an Ombudsman's decision.");
        if (DayProblem(c.DecidedOn, state, context) is { } problem) return problem;
        return c.DecidedOn < pending.EscalatedOn
            ? Decision.Reject(Rules.DecisionBeforeEscalation, $"The case went to the Ombudsman on {pending.EscalatedOn:yyyy-MM-dd}; the decision cannot be earlier.")
            : Decision.Accept(new OmbudsmanDecisionRecorded(pending.Ombudsman, c.DecidedOn, c.Outcome, c.Summary, context.Actor, context.Now));
    }

    /// <summary>A date a person tells us something happened on must lie between the day the case began and today.</summary>
    private static Decision? DayProblem(DateOnly day, CaseState state, DecisionContext context) =>
        day > context.Calendar.DayOf(context.Now + ClockSkew) ? Decision.Reject(Rules.InTheFuture, "That date is in the future.")
        : day < context.Calendar.DayOf(state.ReceivedAt) ? Decision.Reject(Rules.BeforeCaseWasReceived, "That date is before the case was received.")
        : null;
}
