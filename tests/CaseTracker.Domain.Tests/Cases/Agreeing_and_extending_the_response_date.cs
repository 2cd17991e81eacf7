using static CaseTracker.Domain.Tests.History;

namespace CaseTracker.Domain.Tests;

public class Agreeing_and_extending_the_response_date
{
    private static readonly DateOnly Later = new(2026, 8, 14);

    [Fact]
    public void when_no_date_has_been_agreed_one_is_agreed()
    {
        Given(SamComplained, ComplaintWasAcknowledgedWithoutADate)
            .When(new AgreeResponseDeadline(ResponseDueBy, null))
            .Then(new ResponseDeadlineAgreed(ResponseDueBy, Actor, Now));
    }

    [Fact]
    public void a_date_can_be_agreed_before_the_complaint_is_acknowledged()
    {
        Given(SamComplained)
            .When(new AgreeResponseDeadline(ResponseDueBy, null))
            .Then(new ResponseDeadlineAgreed(ResponseDueBy, Actor, Now));
    }

    [Fact]
    public void a_date_can_be_agreed_for_today()
    {
        var today = new DateOnly(2026, 7, 16);

        Given(SamComplained)
            .When(new AgreeResponseDeadline(today, null))
            .Then(new ResponseDeadlineAgreed(today, Actor, Now));
    }

    [Fact]
    public void a_date_cannot_be_agreed_in_the_past()
    {
        Given(SamComplained, ComplaintWasAcknowledgedWithoutADate)
            .When(new AgreeResponseDeadline(new DateOnly(2026, 7, 15), null))
            .ThenRejects(Rules.DeadlineInThePast);
    }

    [Fact]
    public void when_the_agreed_date_is_extended_with_a_reason_the_old_and_new_dates_are_recorded()
    {
        Given(AnAcknowledgedComplaint)
            .When(new AgreeResponseDeadline(Later, "The provider has not yet sent the care records"))
            .Then(new ResponseDeadlineExtended(ResponseDueBy, Later, "The provider has not yet sent the care records", Actor, Now));
    }

    [Fact]
    public void an_extension_after_an_earlier_extension_starts_from_the_extended_date()
    {
        Given([.. AnAcknowledgedComplaint, new ResponseDeadlineExtended(ResponseDueBy, Later, "Records late", Colleague, Now.AddDays(-1))])
            .When(new AgreeResponseDeadline(new DateOnly(2026, 8, 28), "Sam asked for time to comment"))
            .Then(new ResponseDeadlineExtended(Later, new DateOnly(2026, 8, 28), "Sam asked for time to comment", Actor, Now));
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("   ")]
    public void an_extension_needs_a_reason_the_complainant_can_be_told(string? reason)
    {
        Given(AnAcknowledgedComplaint)
            .When(new AgreeResponseDeadline(Later, reason))
            .ThenRejects(Rules.ExtensionNeedsAReason);
    }

    [Fact]
    public void an_extension_must_be_later_than_the_agreed_date()
    {
        Given(AnAcknowledgedComplaint)
            .When(new AgreeResponseDeadline(new DateOnly(2026, 7, 24), "We are ahead of schedule"))
            .ThenRejects(Rules.ExtensionMustBeLater);
    }

    [Fact]
    public void agreeing_the_date_already_agreed_records_nothing()
    {
        Given(AnAcknowledgedComplaint)
            .When(new AgreeResponseDeadline(ResponseDueBy, null))
            .Then();
    }

    [Fact]
    public void no_date_can_be_agreed_once_the_final_response_is_sent()
    {
        Given(SamComplained, ComplaintWasAcknowledged(), FinalResponseWasSent)
            .When(new AgreeResponseDeadline(Later, "Too late"))
            .ThenRejects(Rules.FinalResponseAlreadySent);
    }
}
