using static CaseTracker.Domain.Tests.History;

namespace CaseTracker.Domain.Tests;

public class Reporting_a_harm_incident
{
    [Fact]
    public void when_a_harm_incident_is_reported_it_records_what_happened_and_the_harm_done()
    {
        GivenNoCase()
            .When(IncidentIsReported())
            .Then(new HarmIncidentReported(
                IncidentId, "CT-2026-000124", IncidentOccurredAt, "Night staff, Cedar ward", "Cedar ward",
                "A resident left the ward unnoticed and was found distressed two hours later.",
                PhysicalHarm.Low, PsychologicalHarm.Moderate, 1, Actor, Now));
    }

    [Fact]
    public void when_an_incident_is_said_to_have_happened_in_the_future_it_is_refused()
    {
        GivenNoCase()
            .When(IncidentIsReported(Now.AddHours(1)))
            .ThenRejects(Rules.InTheFuture);
    }

    [Fact]
    public void when_an_incident_is_reported_twice_under_the_same_id_the_second_is_refused()
    {
        Given(IncidentWasReported)
            .When(IncidentIsReported())
            .ThenRejects(Rules.CaseAlreadyExists);
    }

    [Fact]
    public void when_a_complaint_is_raised_under_an_incidents_id_it_is_refused()
    {
        Given(IncidentWasReported)
            .When(SamComplains() with { CaseId = IncidentId })
            .ThenRejects(Rules.CaseAlreadyExists);
    }

    [Fact]
    public void a_harm_incident_is_not_acknowledged_like_a_complaint()
    {
        Given(IncidentWasReported)
            .When(new AcknowledgeComplaint(null, null, null))
            .ThenRejects(Rules.AcknowledgementIsForComplaints);
    }

    [Fact]
    public void a_harm_incident_has_no_agreed_response_date()
    {
        Given(IncidentWasReported)
            .When(new AgreeResponseDeadline(new DateOnly(2026, 8, 14), null))
            .ThenRejects(Rules.ResponseDeadlineIsForComplaints);
    }

    [Fact]
    public void a_harm_incident_gets_no_final_response()
    {
        Given(IncidentWasReported)
            .When(new SendFinalResponse(null, ComplaintOutcome.Upheld, "Answer", OmbudsmanRightsExplained: true, "Director"))
            .ThenRejects(Rules.FinalResponseIsForComplaints);
    }

    [Fact]
    public void a_harm_incident_cannot_be_withdrawn_it_stays_on_record()
    {
        Given(IncidentWasReported)
            .When(new WithdrawComplaint("Family no longer concerned"))
            .ThenRejects(Rules.WithdrawalIsForComplaints);
    }
}
