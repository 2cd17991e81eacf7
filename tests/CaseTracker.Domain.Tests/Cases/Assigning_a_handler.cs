using static CaseTracker.Domain.Tests.History;

namespace CaseTracker.Domain.Tests;

public class Assigning_a_handler
{
    [Fact]
    public void when_a_handler_is_first_assigned_there_was_no_one_before()
    {
        Given(SamComplained)
            .When(new AssignHandler("hana"))
            .Then(new HandlerAssigned("hana", null, Actor, Now));
    }

    [Fact]
    public void when_the_handler_changes_the_previous_one_is_remembered()
    {
        Given(SamComplained, HandlerWasAssigned("hana"))
            .When(new AssignHandler("omar"))
            .Then(new HandlerAssigned("omar", "hana", Actor, Now));
    }

    [Fact]
    public void when_the_same_handler_is_assigned_again_nothing_is_recorded()
    {
        Given(SamComplained, HandlerWasAssigned("hana"))
            .When(new AssignHandler("hana"))
            .Then();
    }

    [Fact]
    public void a_harm_incident_can_have_a_handler_too()
    {
        Given(IncidentWasReported)
            .When(new AssignHandler("hana"))
            .Then(new HandlerAssigned("hana", null, Actor, Now));
    }
}
