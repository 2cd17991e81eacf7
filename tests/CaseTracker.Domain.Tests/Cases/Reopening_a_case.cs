using static CaseTracker.Domain.Tests.History;

namespace CaseTracker.Domain.Tests;

public class Reopening_a_case
{
    [Fact]
    public void when_a_closed_case_is_reopened_the_reason_is_recorded()
    {
        Given(AClosedComplaint)
            .When(new ReopenCase("Sam wrote back: the review meeting never happened."))
            .Then(new CaseReopened("Sam wrote back: the review meeting never happened.", Actor, Now));
    }

    [Fact]
    public void a_case_that_is_not_closed_cannot_be_reopened()
    {
        Given(AnAcknowledgedComplaint)
            .When(new ReopenCase("Just in case"))
            .ThenRejects(Rules.CaseIsNotClosed);
    }

    [Fact]
    public void a_case_already_reopened_cannot_be_reopened_again()
    {
        Given([.. AClosedComplaint, CaseWasReopened])
            .When(new ReopenCase("Again"))
            .ThenRejects(Rules.CaseIsNotClosed);
    }

    [Fact]
    public void reopening_sets_the_final_response_aside_so_a_new_one_can_be_sent()
    {
        Given([.. AClosedComplaint, CaseWasReopened])
            .When(new SendFinalResponse(null, ComplaintOutcome.Upheld, "Having looked again, we uphold your complaint.", true, "Director of Adult Social Care"))
            .Then(new FinalResponseSent(Now, ComplaintOutcome.Upheld, "Having looked again, we uphold your complaint.", true, "Director of Adult Social Care", Actor, Now));
    }

    [Fact]
    public void a_reopened_complaint_can_agree_a_new_response_date()
    {
        Given([.. AClosedComplaint, CaseWasReopened])
            .When(new AgreeResponseDeadline(new DateOnly(2026, 8, 28), "Reconsidering after the review meeting did not happen"))
            .Then(new ResponseDeadlineExtended(ResponseDueBy, new DateOnly(2026, 8, 28), "Reconsidering after the review meeting did not happen", Actor, Now));
    }

    [Fact]
    public void a_reopened_complaint_is_still_acknowledged_and_is_not_acknowledged_again()
    {
        var reopened = CaseState.From([.. AClosedComplaint, CaseWasReopened])!;

        Assert.Equal(CaseStatus.Acknowledged, reopened.Status);
        Assert.Null(reopened.FinalResponseSentAt);
        Given([.. AClosedComplaint, CaseWasReopened])
            .When(new AcknowledgeComplaint(null, null, null))
            .ThenRejects(Rules.AlreadyAcknowledged);
    }

    [Fact]
    public void a_reopened_harm_incident_is_open_again()
    {
        var reopened = CaseState.From([IncidentWasReported, new CaseClosed(null, 0, Colleague, Now.AddDays(-2)), CaseWasReopened])!;

        Assert.Equal(CaseStatus.Open, reopened.Status);
    }

    [Fact]
    public void a_withdrawn_complaint_is_not_reopened()
    {
        Given(SamComplained, ComplaintWasWithdrawn)
            .When(new ReopenCase("Sam changed their mind"))
            .ThenRejects(Rules.CaseIsWithdrawn);
    }
}
