using static CaseTracker.Domain.Tests.History;

namespace CaseTracker.Domain.Tests;

public class Apologising
{
    [Fact]
    public void when_an_apology_is_given_it_records_how_to_whom_and_in_what_words()
    {
        var givenAt = London(2026, 6, 2, 11, 0);

        Given(SamComplained)
            .When(new GiveApology(givenAt, ApologyMethod.Phone, "Sam Taylor", "I am sorry we changed Alex's plan without you."))
            .Then(new ApologyGiven(givenAt, ApologyMethod.Phone, "Sam Taylor", "I am sorry we changed Alex's plan without you.", Actor, Now));
    }

    [Fact]
    public void when_no_time_is_given_the_apology_is_given_now()
    {
        Given(SamComplained)
            .When(new GiveApology(null, ApologyMethod.Letter, "Sam Taylor", null))
            .Then(new ApologyGiven(Now, ApologyMethod.Letter, "Sam Taylor", null, Actor, Now));
    }

    [Fact]
    public void an_apology_can_be_given_to_someone_harmed_in_an_incident()
    {
        var givenAt = London(2026, 6, 7, 10, 0);

        Given(IncidentWasReported)
            .When(new GiveApology(givenAt, ApologyMethod.InPerson, "The resident", "We are sorry you were left alone."))
            .Then(new ApologyGiven(givenAt, ApologyMethod.InPerson, "The resident", "We are sorry you were left alone.", Actor, Now));
    }

    [Fact]
    public void an_apology_cannot_be_dated_in_the_future()
    {
        Given(SamComplained)
            .When(new GiveApology(Now.AddDays(1), ApologyMethod.Letter, "Sam Taylor", null))
            .ThenRejects(Rules.InTheFuture);
    }

    [Fact]
    public void an_apology_cannot_predate_the_incident()
    {
        Given(IncidentWasReported)
            .When(new GiveApology(IncidentOccurredAt.AddHours(-1), ApologyMethod.InPerson, "The resident", null))
            .ThenRejects(Rules.BeforeCaseWasReceived);
    }

    [Fact]
    public void an_apology_cannot_predate_the_complaint()
    {
        Given(SamComplained)
            .When(new GiveApology(ReceivedAt.AddDays(-1), ApologyMethod.Letter, "Sam Taylor", null))
            .ThenRejects(Rules.BeforeCaseWasReceived);
    }

    [Fact]
    public void an_apology_changes_nothing_the_decider_remembers()
    {
        var state = CaseState.From([SamComplained]);

        var after = CaseState.Evolve(state, new ApologyGiven(Now, ApologyMethod.Letter, "Sam Taylor", null, Actor, Now));

        Assert.Same(state, after);
    }
}
