using static CaseTracker.Domain.Tests.History;

namespace CaseTracker.Domain.Tests;

public class Advocacy_feedback_and_risk
{
    private static AdvocacyOffered Offered { get; } = new("NHS complaints advocacy", Colleague, ReceivedAt.AddDays(1));

    [Fact]
    public void advocacy_is_offered_and_not_offered_again_while_the_offer_is_open()
    {
        Given(SamComplained).When(new OfferAdvocacy("NHS complaints advocacy")).Then(new AdvocacyOffered("NHS complaints advocacy", Actor, Now));
        Given(SamComplained, Offered).When(new OfferAdvocacy(null)).ThenRejects(Rules.AdvocacyAlreadyOffered);
    }

    [Fact]
    public void an_advocate_can_be_assigned_with_or_without_an_offer_and_a_change_names_the_previous_one()
    {
        Given(SamComplained).When(new AssignAdvocate("VoiceAbility", "Chris Lee")).Then(new AdvocateAssigned("VoiceAbility", "Chris Lee", null, Actor, Now));
        Given(SamComplained, Offered, new AdvocateAssigned("VoiceAbility", "Chris Lee", null, Colleague, ReceivedAt.AddDays(2)))
            .When(new AssignAdvocate("VoiceAbility", "Dana Singh"))
            .Then(new AdvocateAssigned("VoiceAbility", "Dana Singh", "Chris Lee", Actor, Now));
    }

    [Fact]
    public void assigning_the_same_advocate_again_records_nothing()
    {
        Given(SamComplained, new AdvocateAssigned("VoiceAbility", "Chris Lee", null, Colleague, ReceivedAt.AddDays(2)))
            .When(new AssignAdvocate("VoiceAbility", "Chris Lee"))
            .Then();
    }

    [Fact]
    public void only_an_open_offer_can_be_declined()
    {
        Given(SamComplained).When(new DeclineAdvocacy(null)).ThenRejects(Rules.NoAdvocacyOffer);
        Given(SamComplained, Offered).When(new DeclineAdvocacy("Sam's sister is helping.")).Then(new AdvocacyDeclined("Sam's sister is helping.", Actor, Now));
    }

    [Theory]
    [InlineData(0)]
    [InlineData(6)]
    public void satisfaction_is_scored_one_to_five(int score)
    {
        Given(SamComplained).When(new RecordFeedback(Guid.CreateVersion7(), score, true, null)).ThenRejects(Rules.SatisfactionOutOfRange);
    }

    [Fact]
    public void feedback_can_be_given_after_the_case_is_closed()
    {
        var feedbackId = Guid.CreateVersion7();

        Given(AClosedComplaint)
            .When(new RecordFeedback(feedbackId, 4, true, "They listened in the end."))
            .Then(new ComplainantFeedbackRecorded(feedbackId, 4, true, "They listened in the end.", Actor, Now));
    }

    [Fact]
    public void risk_concerns_and_safeguarding_referrals_are_recorded()
    {
        var riskId = Guid.CreateVersion7();
        var referralId = Guid.CreateVersion7();

        Given(SamComplained)
            .When(new RaiseRiskConcern(riskId, "Alex is isolated since the hours were cut.", RiskLevel.High))
            .Then(new RiskConcernRaised(riskId, "Alex is isolated since the hours were cut.", RiskLevel.High, Actor, Now));
        Given(SamComplained)
            .When(new MakeSafeguardingReferral(referralId, null, "Adult safeguarding, North", "SG-4471"))
            .Then(new SafeguardingReferralMade(referralId, Now, "Adult safeguarding, North", "SG-4471", Actor, Now));
    }

    [Fact]
    public void a_safeguarding_referral_cannot_be_dated_in_the_future()
    {
        Given(SamComplained).When(new MakeSafeguardingReferral(Guid.CreateVersion7(), Now.AddDays(1), "Adult safeguarding", null)).ThenRejects(Rules.InTheFuture);
    }
}
