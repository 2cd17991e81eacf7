using static CaseTracker.Domain.Tests.History;

namespace CaseTracker.Domain.Tests;

public class Working_restoratively
{
    private static readonly Guid AgreementId = new("00000000-0000-0000-0000-0000000000e1");
    private static readonly DateTimeOffset MeetingAt = London(2026, 7, 1, 14, 0);

    private static RestorativeProcessOffered Offered { get; } = new("Jo Facilitator", "Sam Taylor", Colleague, ReceivedAt.AddDays(10));
    private static RestorativeProcessAccepted Accepted { get; } = new(null, Colleague, ReceivedAt.AddDays(12));
    private static RestorativeProcessDeclined Declined { get; } = new("Not now.", Colleague, ReceivedAt.AddDays(12));
    private static RestorativeMeetingHeld MeetingWasHeld { get; } =
        new(Guid.CreateVersion7(), MeetingAt, RestorativeFormat.Conference, "Jo Facilitator", ["Sam Taylor", "Team manager"], Colleague, MeetingAt);
    private static RestorativeAgreementReached AgreementWasReached { get; } =
        new(AgreementId, [new Commitment("Meet monthly with Alex", "Team manager", new DateOnly(2026, 9, 1))], Colleague, MeetingAt);

    [Fact]
    public void a_restorative_process_is_offered_with_a_facilitator()
    {
        Given(SamComplained)
            .When(new OfferRestorativeProcess("Jo Facilitator", "Sam Taylor"))
            .Then(new RestorativeProcessOffered("Jo Facilitator", "Sam Taylor", Actor, Now));
    }

    [Fact]
    public void an_open_offer_is_not_made_twice()
    {
        Given(SamComplained, Offered).When(new OfferRestorativeProcess("Jo Facilitator", "Sam Taylor")).ThenRejects(Rules.RestorativeAlreadyOffered);
    }

    [Fact]
    public void a_declined_offer_can_be_made_again_later()
    {
        Given(SamComplained, Offered, Declined)
            .When(new OfferRestorativeProcess("Kim Facilitator", "Sam Taylor"))
            .Then(new RestorativeProcessOffered("Kim Facilitator", "Sam Taylor", Actor, Now));
    }

    [Fact]
    public void acceptance_answers_an_offer()
    {
        Given(SamComplained).When(new AcceptRestorativeProcess(null)).ThenRejects(Rules.NoRestorativeOffer);
        Given(SamComplained, Offered).When(new AcceptRestorativeProcess("Keen to meet.")).Then(new RestorativeProcessAccepted("Keen to meet.", Actor, Now));
        Given(SamComplained, Offered, Accepted).When(new AcceptRestorativeProcess(null)).ThenRejects(Rules.RestorativeAlreadyAccepted);
    }

    [Fact]
    public void declining_answers_an_offer_not_yet_accepted()
    {
        Given(SamComplained).When(new DeclineRestorativeProcess(null)).ThenRejects(Rules.NoRestorativeOffer);
        Given(SamComplained, Offered).When(new DeclineRestorativeProcess("Not now.")).Then(new RestorativeProcessDeclined("Not now.", Actor, Now));
        Given(SamComplained, Offered, Accepted).When(new DeclineRestorativeProcess(null)).ThenRejects(Rules.RestorativeAlreadyAccepted);
    }

    [Fact]
    public void harmed_parties_their_needs_and_whose_obligation_are_recorded_once_a_process_is_offered()
    {
        var partyId = Guid.CreateVersion7();

        Given(SamComplained).When(new IdentifyHarmedParty(partyId, "Alex", ["To be listened to"], "Team manager")).ThenRejects(Rules.NoRestorativeOffer);
        Given(SamComplained, Offered)
            .When(new IdentifyHarmedParty(partyId, "Alex", ["To be listened to"], "Team manager"))
            .Then(new HarmedPartyIdentified(partyId, "Alex", ["To be listened to"], "Team manager", Actor, Now));
    }

    [Fact]
    public void a_meeting_needs_an_accepted_process()
    {
        var meetingId = Guid.CreateVersion7();

        Given(SamComplained, Offered)
            .When(new HoldRestorativeMeeting(meetingId, MeetingAt, RestorativeFormat.Circle, "Jo Facilitator", ["Sam Taylor"]))
            .ThenRejects(Rules.RestorativeNotAccepted);
        Given(SamComplained, Offered, Accepted)
            .When(new HoldRestorativeMeeting(meetingId, MeetingAt, RestorativeFormat.Circle, "Jo Facilitator", ["Sam Taylor"]))
            .Then(new RestorativeMeetingHeld(meetingId, MeetingAt, RestorativeFormat.Circle, "Jo Facilitator", ["Sam Taylor"], Actor, Now));
    }

    [Fact]
    public void a_meeting_cannot_be_held_in_the_future()
    {
        Given(SamComplained, Offered, Accepted)
            .When(new HoldRestorativeMeeting(Guid.CreateVersion7(), Now.AddDays(3), RestorativeFormat.Shuttle, "Jo Facilitator", []))
            .ThenRejects(Rules.InTheFuture);
    }

    [Fact]
    public void there_is_no_agreement_before_a_meeting()
    {
        Given(SamComplained, Offered, Accepted)
            .When(new ReachRestorativeAgreement(AgreementId, [new Commitment("Meet monthly", "Team manager", null)]))
            .ThenRejects(Rules.AgreementBeforeMeeting);
    }

    [Fact]
    public void an_agreement_records_commitments_with_owners_and_dates()
    {
        Commitment[] commitments = [new("Meet monthly with Alex", "Team manager", new DateOnly(2026, 9, 1))];

        Given(SamComplained, Offered, Accepted, MeetingWasHeld)
            .When(new ReachRestorativeAgreement(AgreementId, commitments))
            .Then(new RestorativeAgreementReached(AgreementId, commitments, Actor, Now));
        Given(SamComplained, Offered, Accepted, MeetingWasHeld, AgreementWasReached)
            .When(new ReachRestorativeAgreement(AgreementId, commitments))
            .ThenRejects(Rules.AgreementAlreadyReached);
    }

    [Fact]
    public void a_follow_up_is_on_a_known_agreement()
    {
        var followUpId = Guid.CreateVersion7();

        Given(SamComplained, Offered, Accepted, MeetingWasHeld)
            .When(new FollowUpAgreement(AgreementId, followUpId, true, null))
            .ThenRejects(Rules.UnknownAgreement);
        Given(SamComplained, Offered, Accepted, MeetingWasHeld, AgreementWasReached)
            .When(new FollowUpAgreement(AgreementId, followUpId, false, "The July meeting was cancelled."))
            .Then(new AgreementFollowUpRecorded(AgreementId, followUpId, false, "The July meeting was cancelled.", Actor, Now));
    }
}
