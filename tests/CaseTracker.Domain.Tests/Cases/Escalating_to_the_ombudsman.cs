using static CaseTracker.Domain.Tests.History;

namespace CaseTracker.Domain.Tests;

public class Escalating_to_the_ombudsman
{
    private static readonly DateOnly Today = DateOnly.FromDateTime(Now.DateTime);

    private static CaseEscalatedToOmbudsman Escalated { get; } = new(Ombudsman.LGSCO, new DateOnly(2026, 7, 15), null, true, Colleague, Now.AddDays(-1));

    [Fact]
    public void a_closed_complaint_with_a_final_response_goes_to_the_ombudsman()
    {
        Given(AClosedComplaint)
            .When(new EscalateToOmbudsman(Ombudsman.LGSCO, Today, "LG-26-001"))
            .Then(new CaseEscalatedToOmbudsman(Ombudsman.LGSCO, Today, "LG-26-001", true, Actor, Now));
    }

    [Fact]
    public void there_is_no_escalation_before_a_final_response_within_six_months()
    {
        Given(AnAcknowledgedComplaint).When(new EscalateToOmbudsman(Ombudsman.PHSO, Today, null)).ThenRejects(Rules.EscalationBeforeFinalResponse);
    }

    [Fact]
    public void after_six_months_without_a_response_the_complainant_may_escalate()
    {
        var onTheSixMonthDate = London(2026, 12, 1, 10, 0);

        Given(AnAcknowledgedComplaint)
            .At(onTheSixMonthDate)
            .When(new EscalateToOmbudsman(Ombudsman.PHSO, SixMonthDate, null))
            .Then(new CaseEscalatedToOmbudsman(Ombudsman.PHSO, SixMonthDate, null, false, Actor, onTheSixMonthDate));
    }

    [Fact]
    public void only_complaints_go_to_the_ombudsman()
    {
        Given(IncidentWasReported).When(new EscalateToOmbudsman(Ombudsman.PHSO, Today, null)).ThenRejects(Rules.OmbudsmanIsForComplaints);
    }

    [Fact]
    public void a_case_already_with_the_ombudsman_is_not_escalated_again()
    {
        Given([.. AClosedComplaint, Escalated]).When(new EscalateToOmbudsman(Ombudsman.PHSO, Today, null)).ThenRejects(Rules.AlreadyWithOmbudsman);
    }

    [Fact]
    public void an_escalation_cannot_be_dated_in_the_future_or_before_the_complaint()
    {
        Given(AClosedComplaint).When(new EscalateToOmbudsman(Ombudsman.LGSCO, Today.AddDays(2), null)).ThenRejects(Rules.InTheFuture);
        Given(AClosedComplaint).When(new EscalateToOmbudsman(Ombudsman.LGSCO, new DateOnly(2026, 5, 1), null)).ThenRejects(Rules.BeforeCaseWasReceived);
    }

    [Fact]
    public void the_ombudsmans_decision_is_recorded_after_an_escalation()
    {
        Given(AClosedComplaint).When(new RecordOmbudsmanDecision(Today, OmbudsmanOutcome.NotUpheld, null)).ThenRejects(Rules.NotWithOmbudsman);
        Given([.. AClosedComplaint, Escalated])
            .When(new RecordOmbudsmanDecision(Today, OmbudsmanOutcome.PartlyUpheld, "Remedy: apology and £250."))
            .Then(new OmbudsmanDecisionRecorded(Ombudsman.LGSCO, Today, OmbudsmanOutcome.PartlyUpheld, "Remedy: apology and £250.", Actor, Now));
    }

    [Fact]
    public void a_decision_cannot_predate_the_escalation()
    {
        Given([.. AClosedComplaint, Escalated])
            .When(new RecordOmbudsmanDecision(new DateOnly(2026, 7, 14), OmbudsmanOutcome.NotUpheld, null))
            .ThenRejects(Rules.DecisionBeforeEscalation);
    }
}
