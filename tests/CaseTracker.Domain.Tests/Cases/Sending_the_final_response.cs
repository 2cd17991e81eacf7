using static CaseTracker.Domain.Tests.History;

namespace CaseTracker.Domain.Tests;

public class Sending_the_final_response
{
    private static SendFinalResponse FinalResponse(DateTimeOffset? sentAt = null, bool ombudsmanRightsExplained = true) => new(
        sentAt, ComplaintOutcome.PartlyUpheld, "We should have involved Alex and Sam; the plan is being reviewed.",
        ombudsmanRightsExplained, "Director of Adult Social Care");

    [Fact]
    public void when_the_final_response_is_sent_its_outcome_and_signatory_are_recorded()
    {
        var sentAt = London(2026, 7, 15, 16, 0);

        Given(AnAcknowledgedComplaint)
            .When(FinalResponse(sentAt))
            .Then(new FinalResponseSent(
                sentAt, ComplaintOutcome.PartlyUpheld, "We should have involved Alex and Sam; the plan is being reviewed.",
                OmbudsmanRightsExplained: true, "Director of Adult Social Care", Actor, Now));
    }

    [Fact]
    public void when_no_time_is_given_the_response_is_sent_now()
    {
        Given(AnAcknowledgedComplaint)
            .When(FinalResponse())
            .Then(new FinalResponseSent(
                Now, ComplaintOutcome.PartlyUpheld, "We should have involved Alex and Sam; the plan is being reviewed.",
                OmbudsmanRightsExplained: true, "Director of Adult Social Care", Actor, Now));
    }

    [Fact]
    public void no_final_response_before_the_complaint_is_acknowledged()
    {
        Given(SamComplained)
            .When(FinalResponse())
            .ThenRejects(Rules.FinalResponseBeforeAcknowledgement);
    }

    [Fact]
    public void the_final_response_is_sent_once()
    {
        Given([.. AnAcknowledgedComplaint, FinalResponseWasSent])
            .When(FinalResponse())
            .ThenRejects(Rules.FinalResponseAlreadySent);
    }

    [Fact]
    public void a_final_response_must_explain_the_right_to_go_to_the_Ombudsman()
    {
        Given(AnAcknowledgedComplaint)
            .When(FinalResponse(ombudsmanRightsExplained: false))
            .ThenRejects(Rules.OmbudsmanRightsNotExplained);
    }

    [Fact]
    public void a_final_response_cannot_be_dated_in_the_future()
    {
        Given(AnAcknowledgedComplaint)
            .When(FinalResponse(Now.AddDays(1)))
            .ThenRejects(Rules.InTheFuture);
    }

    [Fact]
    public void a_final_response_cannot_predate_the_complaint()
    {
        Given(AnAcknowledgedComplaint)
            .When(FinalResponse(ReceivedAt.AddHours(-1)))
            .ThenRejects(Rules.BeforeCaseWasReceived);
    }

    [Fact]
    public void a_final_response_cannot_predate_the_acknowledgement()
    {
        Given(AnAcknowledgedComplaint)
            .When(FinalResponse(AcknowledgedAt.AddMinutes(-1)))
            .ThenRejects(Rules.BeforeAcknowledgement);
    }
}
