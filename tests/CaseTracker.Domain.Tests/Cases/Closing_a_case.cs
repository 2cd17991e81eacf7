using static CaseTracker.Domain.Tests.History;

namespace CaseTracker.Domain.Tests;

public class Closing_a_case
{
    private static readonly object[] AnsweredWithAnOpenAction =
        [.. AnAcknowledgedComplaint, FinalResponseWasSent, ActionWasCommitted()];

    [Fact]
    public void when_nothing_is_left_open_a_case_closes_without_a_reason()
    {
        Given(SamComplained, ComplaintWasAcknowledged(), FinalResponseWasSent)
            .When(new CloseCase(null))
            .Then(new CaseClosed(null, OpenActions: 0, Actor, Now));
    }

    [Fact]
    public void when_every_committed_action_is_completed_the_case_closes_without_a_reason()
    {
        Given([.. AnsweredWithAnOpenAction, ActionWasCompleted()])
            .When(new CloseCase(null))
            .Then(new CaseClosed(null, OpenActions: 0, Actor, Now));
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("  ")]
    public void closing_with_open_actions_needs_a_reason(string? reason)
    {
        Given(AnsweredWithAnOpenAction)
            .When(new CloseCase(reason))
            .ThenRejects(Rules.OpenActionsNeedAReason);
    }

    [Fact]
    public void closing_with_open_actions_and_a_reason_records_how_many_were_left_open()
    {
        Given([.. AnsweredWithAnOpenAction, ActionWasCommitted(OtherActionId)])
            .When(new CloseCase("Actions are tracked by the service's quality board"))
            .Then(new CaseClosed("Actions are tracked by the service's quality board", OpenActions: 2, Actor, Now));
    }

    [Fact]
    public void only_the_actions_still_open_are_counted_when_closing()
    {
        Given([.. AnsweredWithAnOpenAction, ActionWasCommitted(OtherActionId), ActionWasCompleted(OtherActionId)])
            .When(new CloseCase("The care plan review is booked"))
            .Then(new CaseClosed("The care plan review is booked", OpenActions: 1, Actor, Now));
    }

    [Fact]
    public void a_closed_case_cannot_be_closed_again()
    {
        Given(AClosedComplaint)
            .When(new CloseCase("Again"))
            .ThenRejects(Rules.CaseIsClosed);
    }

    public static TheoryData<CaseCommand> AnythingButReopening => new()
    {
        new AddNote(NoteId, "Sam rang to say thank you"),
        new AcknowledgeComplaint(null, null, null),
        new AssignHandler("omar"),
        new AgreeResponseDeadline(new DateOnly(2026, 8, 14), "More time"),
        new GiveApology(null, ApologyMethod.Letter, "Sam Taylor", null),
        new StartReview(ReviewId, ReviewKind.LocalReview, "Priya Shah", null),
        new RecordLearning(LearningId, "Lesson", [], [], LearningLevel.Team),
        new RecordFinding(ReviewId, FindingId, "A finding"),
        new CompleteReview(ReviewId, "Summary"),
        new CompleteAction(ActionId, "Evidence"),
        new CommitAction(ActionId, "Do something", "Priya Shah", new DateOnly(2026, 8, 14)),
        new SendFinalResponse(null, ComplaintOutcome.Upheld, "Answer", true, "Director"),
        new WithdrawComplaint("Changed mind"),
    };

    [Theory]
    [MemberData(nameof(AnythingButReopening))]
    public void nothing_but_reopening_is_done_to_a_closed_case(CaseCommand command)
    {
        Given(AClosedComplaint)
            .When(command)
            .ThenRejects(Rules.CaseIsClosed);
    }

    [Fact]
    public void a_closed_harm_incident_accepts_nothing_either()
    {
        Given(IncidentWasReported, new CaseClosed(null, 0, Colleague, Now.AddDays(-1)))
            .When(new AddNote(NoteId, "Late note"))
            .ThenRejects(Rules.CaseIsClosed);
    }
}
