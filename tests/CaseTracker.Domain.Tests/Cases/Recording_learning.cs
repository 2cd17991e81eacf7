using static CaseTracker.Domain.Tests.History;

namespace CaseTracker.Domain.Tests;

public class Recording_learning
{
    [Fact]
    public void when_learning_is_recorded_its_themes_sources_of_harm_and_level_are_kept()
    {
        Given(SamComplained, ReviewWasStarted, ReviewWasCompleted)
            .When(new RecordLearning(
                LearningId, "Plans are changed in meetings the person is not invited to.",
                ["Involvement", "Care planning"],
                [AvoidableHarmSource.SystemsAndBureaucracy, AvoidableHarmSource.NeglectfulDefensiveOrControllingPractice],
                LearningLevel.Service))
            .Then(new LearningRecorded(
                LearningId, "Plans are changed in meetings the person is not invited to.",
                ["Involvement", "Care planning"],
                [AvoidableHarmSource.SystemsAndBureaucracy, AvoidableHarmSource.NeglectfulDefensiveOrControllingPractice],
                LearningLevel.Service, Actor, Now));
    }

    [Fact]
    public void learning_recorded_with_other_themes_is_a_different_fact()
    {
        // Guards the scenario itself: lists inside events are compared by their contents.
        var outcome = Given(SamComplained)
            .When(new RecordLearning(LearningId, "Summary", ["Involvement"], [], LearningLevel.Team));

        Assert.Throws<Xunit.Sdk.EqualException>(() =>
            outcome.Then(new LearningRecorded(LearningId, "Summary", ["Communication"], [], LearningLevel.Team, Actor, Now)));
    }

    [Fact]
    public void learning_can_come_from_a_harm_incident_without_a_review()
    {
        Given(IncidentWasReported)
            .When(new RecordLearning(LearningId, "Night checks were skipped when the ward was short-staffed.", ["Staffing"], [AvoidableHarmSource.DisruptionOrLackOfSupport], LearningLevel.Organisation))
            .Then(new LearningRecorded(LearningId, "Night checks were skipped when the ward was short-staffed.", ["Staffing"], [AvoidableHarmSource.DisruptionOrLackOfSupport], LearningLevel.Organisation, Actor, Now));
    }
}
