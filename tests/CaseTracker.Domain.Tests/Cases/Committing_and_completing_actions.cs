using static CaseTracker.Domain.Tests.History;

namespace CaseTracker.Domain.Tests;

public class Committing_and_completing_actions
{
    private static readonly DateOnly DueBy = new(2026, 8, 14);

    [Fact]
    public void when_an_action_is_committed_its_owner_and_due_date_are_recorded()
    {
        Given(AnAcknowledgedComplaint)
            .When(new CommitAction(ActionId, "Review Alex's care plan with Alex and Sam present", "Priya Shah", DueBy))
            .Then(new ActionCommitted(ActionId, "Review Alex's care plan with Alex and Sam present", "Priya Shah", DueBy, Actor, Now));
    }

    [Fact]
    public void an_action_with_the_same_id_cannot_be_committed_twice()
    {
        Given([.. AnAcknowledgedComplaint, ActionWasCommitted()])
            .When(new CommitAction(ActionId, "Something else", "Omar Ali", DueBy))
            .ThenRejects(Rules.ActionAlreadyCommitted);
    }

    [Fact]
    public void a_completed_action_cannot_be_committed_again()
    {
        Given([.. AnAcknowledgedComplaint, ActionWasCommitted(), ActionWasCompleted()])
            .When(new CommitAction(ActionId, "Again", "Omar Ali", DueBy))
            .ThenRejects(Rules.ActionAlreadyCommitted);
    }

    [Fact]
    public void when_an_open_action_is_completed_the_evidence_is_recorded()
    {
        Given([.. AnAcknowledgedComplaint, ActionWasCommitted()])
            .When(new CompleteAction(ActionId, "Minutes of the review meeting on 5 August"))
            .Then(new ActionCompleted(ActionId, "Minutes of the review meeting on 5 August", Actor, Now));
    }

    [Fact]
    public void an_action_that_was_never_committed_cannot_be_completed()
    {
        Given([.. AnAcknowledgedComplaint, ActionWasCommitted()])
            .When(new CompleteAction(OtherActionId, "Evidence"))
            .ThenRejects(Rules.UnknownAction);
    }

    [Fact]
    public void an_action_cannot_be_completed_twice()
    {
        Given([.. AnAcknowledgedComplaint, ActionWasCommitted(), ActionWasCompleted()])
            .When(new CompleteAction(ActionId, "More evidence"))
            .ThenRejects(Rules.ActionAlreadyCompleted);
    }
}
