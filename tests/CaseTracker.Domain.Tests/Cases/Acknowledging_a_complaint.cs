using static CaseTracker.Domain.Tests.History;

namespace CaseTracker.Domain.Tests;

public class Acknowledging_a_complaint
{
    [Fact]
    public void when_a_complaint_is_acknowledged_within_three_working_days_it_is_recorded_as_on_time()
    {
        var acknowledgedAt = London(2026, 6, 4, 16, 30);

        Given(SamComplained)
            .When(new AcknowledgeComplaint(acknowledgedAt, ResponseDueBy, "Phoned Sam"))
            .Then(new ComplaintAcknowledged(acknowledgedAt, AcknowledgementDueBy, OnTime: true, ResponseDueBy, "Phoned Sam", Actor, Now));
    }

    [Fact]
    public void when_a_complaint_is_acknowledged_late_it_is_recorded_as_late()
    {
        var acknowledgedAt = London(2026, 6, 5, 9, 0);

        Given(SamComplained)
            .When(new AcknowledgeComplaint(acknowledgedAt, null, null))
            .Then(new ComplaintAcknowledged(acknowledgedAt, AcknowledgementDueBy, OnTime: false, null, null, Actor, Now));
    }

    [Fact]
    public void when_no_time_is_given_the_complaint_is_acknowledged_now_and_that_is_late()
    {
        Given(SamComplained)
            .When(new AcknowledgeComplaint(null, null, null))
            .Then(new ComplaintAcknowledged(Now, AcknowledgementDueBy, OnTime: false, null, null, Actor, Now));
    }

    [Fact]
    public void the_day_that_counts_is_the_London_day_not_the_UTC_day()
    {
        // 23:30 UTC on Thursday 4 June is already Friday 5 June in London: a day late.
        var lateInLondon = new DateTimeOffset(2026, 6, 4, 23, 30, 0, TimeSpan.Zero);
        var justInTime = new DateTimeOffset(2026, 6, 4, 22, 30, 0, TimeSpan.Zero);

        Given(SamComplained)
            .When(new AcknowledgeComplaint(lateInLondon, null, null))
            .Then(new ComplaintAcknowledged(lateInLondon, AcknowledgementDueBy, OnTime: false, null, null, Actor, Now));
        Given(SamComplained)
            .When(new AcknowledgeComplaint(justInTime, null, null))
            .Then(new ComplaintAcknowledged(justInTime, AcknowledgementDueBy, OnTime: true, null, null, Actor, Now));
    }

    [Fact]
    public void a_complaint_is_not_acknowledged_twice()
    {
        Given(SamComplained, ComplaintWasAcknowledged())
            .When(new AcknowledgeComplaint(null, null, null))
            .ThenRejects(Rules.AlreadyAcknowledged);
    }

    [Fact]
    public void an_acknowledgement_cannot_be_dated_in_the_future()
    {
        Given(SamComplained)
            .When(new AcknowledgeComplaint(Now.AddHours(2), null, null))
            .ThenRejects(Rules.InTheFuture);
    }

    [Fact]
    public void an_acknowledgement_cannot_predate_the_complaint()
    {
        Given(SamComplained)
            .When(new AcknowledgeComplaint(ReceivedAt.AddMinutes(-1), null, null))
            .ThenRejects(Rules.BeforeCaseWasReceived);
    }

    [Fact]
    public void the_response_date_agreed_on_acknowledgement_cannot_be_before_the_acknowledgement()
    {
        Given(SamComplained)
            .When(new AcknowledgeComplaint(AcknowledgedAt, new DateOnly(2026, 6, 2), null))
            .ThenRejects(Rules.DeadlineInThePast);
    }

    [Fact]
    public void the_response_date_may_be_the_day_of_the_acknowledgement()
    {
        var sameDay = DateOnly.FromDateTime(AcknowledgedAt.Date);

        Given(SamComplained)
            .When(new AcknowledgeComplaint(AcknowledgedAt, sameDay, null))
            .Then(new ComplaintAcknowledged(AcknowledgedAt, AcknowledgementDueBy, OnTime: true, sameDay, null, Actor, Now));
    }

    [Fact]
    public void an_acknowledged_complaint_keeps_a_response_date_agreed_before_it()
    {
        // The date agreed earlier still stands, so a later extension starts from it.
        Given(SamComplained, ResponseDateWasAgreed(ResponseDueBy), ComplaintWasAcknowledgedWithoutADate)
            .When(new AgreeResponseDeadline(new DateOnly(2026, 8, 7), "Waiting for the care provider's records"))
            .Then(new ResponseDeadlineExtended(ResponseDueBy, new DateOnly(2026, 8, 7), "Waiting for the care provider's records", Actor, Now));
    }

    [Fact]
    public void acknowledging_cannot_quietly_bring_forward_a_response_date_already_agreed()
    {
        Given(SamComplained, ResponseDateWasAgreed(ResponseDueBy))
            .When(new AcknowledgeComplaint(AcknowledgedAt, new DateOnly(2026, 6, 30), null))
            .ThenRejects(Rules.ExtensionMustBeLater);
    }

    [Fact]
    public void acknowledging_cannot_quietly_push_back_a_response_date_already_agreed()
    {
        Given(SamComplained, ResponseDateWasAgreed(ResponseDueBy))
            .When(new AcknowledgeComplaint(AcknowledgedAt, new DateOnly(2026, 8, 14), null))
            .ThenRejects(Rules.ExtensionNeedsAReason);
    }

    [Fact]
    public void acknowledging_may_restate_the_response_date_already_agreed()
    {
        Given(SamComplained, ResponseDateWasAgreed(ResponseDueBy))
            .When(new AcknowledgeComplaint(AcknowledgedAt, ResponseDueBy, "Confirmed the date by phone"))
            .Then(new ComplaintAcknowledged(AcknowledgedAt, AcknowledgementDueBy, OnTime: true, ResponseDueBy, "Confirmed the date by phone", Actor, Now));
    }
}
