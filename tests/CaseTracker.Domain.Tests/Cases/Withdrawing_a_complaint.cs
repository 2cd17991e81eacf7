using static CaseTracker.Domain.Tests.History;

namespace CaseTracker.Domain.Tests;

public class Withdrawing_a_complaint
{
    [Fact]
    public void when_a_complaint_is_withdrawn_the_reason_is_recorded()
    {
        Given(AnAcknowledgedComplaint)
            .When(new WithdrawComplaint("Sam has resolved it with the team directly."))
            .Then(new ComplaintWithdrawn("Sam has resolved it with the team directly.", Actor, Now));
    }

    [Fact]
    public void a_complaint_can_be_withdrawn_without_a_reason()
    {
        Given(SamComplained)
            .When(new WithdrawComplaint(null))
            .Then(new ComplaintWithdrawn(null, Actor, Now));
    }

    [Fact]
    public void a_withdrawn_complaint_still_accepts_notes()
    {
        Given(SamComplained, ComplaintWasWithdrawn)
            .When(new AddNote(NoteId, "Sam confirmed by phone that they are happy."))
            .Then(new NoteAdded(NoteId, "Sam confirmed by phone that they are happy.", Actor, Now));
    }

    public static TheoryData<CaseCommand> AnythingButANote => new()
    {
        new AcknowledgeComplaint(null, null, null),
        new AssignHandler("omar"),
        new AgreeResponseDeadline(new DateOnly(2026, 8, 14), null),
        new GiveApology(null, ApologyMethod.Letter, "Sam Taylor", null),
        new StartReview(ReviewId, ReviewKind.LocalReview, "Priya Shah", null),
        new RecordLearning(LearningId, "Lesson", [], [], LearningLevel.Team),
        new RecordFinding(ReviewId, FindingId, "A finding"),
        new CompleteReview(ReviewId, "Summary"),
        new CompleteAction(ActionId, "Evidence"),
        new CommitAction(ActionId, "Do something", "Priya Shah", new DateOnly(2026, 8, 14)),
        new SendFinalResponse(null, ComplaintOutcome.Upheld, "Answer", true, "Director"),
        new CloseCase("Withdrawn"),
        new ReopenCase("Changed mind"),
        new WithdrawComplaint("Again"),
    };

    [Theory]
    [MemberData(nameof(AnythingButANote))]
    public void a_withdrawn_complaint_accepts_nothing_but_notes(CaseCommand command)
    {
        Given(SamComplained, ComplaintWasWithdrawn)
            .When(command)
            .ThenRejects(Rules.CaseIsWithdrawn);
    }
}
