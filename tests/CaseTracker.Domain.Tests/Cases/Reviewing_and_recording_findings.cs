using static CaseTracker.Domain.Tests.History;

namespace CaseTracker.Domain.Tests;

public class Reviewing_and_recording_findings
{
    [Fact]
    public void when_a_review_starts_its_kind_lead_and_scope_are_recorded()
    {
        Given(IncidentWasReported)
            .When(new StartReview(ReviewId, ReviewKind.AfterActionReview, "Priya Shah", "The night of 6 June"))
            .Then(new ReviewStarted(ReviewId, ReviewKind.AfterActionReview, "Priya Shah", "The night of 6 June", Actor, Now));
    }

    [Fact]
    public void a_review_with_the_same_id_cannot_start_twice()
    {
        Given(SamComplained, ReviewWasStarted)
            .When(new StartReview(ReviewId, ReviewKind.SwarmHuddle, "Omar Ali", null))
            .ThenRejects(Rules.ReviewAlreadyStarted);
    }

    [Fact]
    public void a_completed_review_cannot_start_again()
    {
        Given(SamComplained, ReviewWasStarted, ReviewWasCompleted)
            .When(new StartReview(ReviewId, ReviewKind.LocalReview, "Priya Shah", null))
            .ThenRejects(Rules.ReviewAlreadyStarted);
    }

    [Fact]
    public void a_second_review_with_another_id_can_start_alongside()
    {
        var thematic = new Guid("00000000-0000-0000-0000-0000000000a2");

        Given(SamComplained, ReviewWasStarted)
            .When(new StartReview(thematic, ReviewKind.ThematicReview, "Omar Ali", null))
            .Then(new ReviewStarted(thematic, ReviewKind.ThematicReview, "Omar Ali", null, Actor, Now));
    }

    [Fact]
    public void when_a_finding_is_recorded_on_an_open_review_it_is_kept()
    {
        Given(SamComplained, ReviewWasStarted)
            .When(new RecordFinding(ReviewId, FindingId, "The plan was changed at a meeting Alex was not invited to."))
            .Then(new FindingRecorded(ReviewId, FindingId, "The plan was changed at a meeting Alex was not invited to.", Actor, Now));
    }

    [Fact]
    public void a_finding_needs_a_review_that_exists()
    {
        Given(SamComplained)
            .When(new RecordFinding(ReviewId, FindingId, "Something"))
            .ThenRejects(Rules.UnknownReview);
    }

    [Fact]
    public void a_finding_cannot_be_added_to_a_completed_review()
    {
        Given(SamComplained, ReviewWasStarted, ReviewWasCompleted)
            .When(new RecordFinding(ReviewId, FindingId, "An afterthought"))
            .ThenRejects(Rules.ReviewAlreadyCompleted);
    }

    [Fact]
    public void when_an_open_review_is_completed_its_summary_is_recorded()
    {
        Given(SamComplained, ReviewWasStarted)
            .When(new CompleteReview(ReviewId, "Decisions about Alex were made without Alex."))
            .Then(new ReviewCompleted(ReviewId, "Decisions about Alex were made without Alex.", Actor, Now));
    }

    [Fact]
    public void a_review_that_does_not_exist_cannot_be_completed()
    {
        Given(SamComplained)
            .When(new CompleteReview(ReviewId, "Done"))
            .ThenRejects(Rules.UnknownReview);
    }

    [Fact]
    public void a_review_cannot_be_completed_twice()
    {
        Given(SamComplained, ReviewWasStarted, ReviewWasCompleted)
            .When(new CompleteReview(ReviewId, "Done again"))
            .ThenRejects(Rules.ReviewAlreadyCompleted);
    }
}
