using static CaseTracker.Domain.Tests.History;

namespace CaseTracker.Domain.Tests;

/// <summary>What the decider remembers of a case's history, folded with <see cref="CaseState.Evolve"/>.</summary>
public class Remembering_what_happened
{
    [Fact]
    public void with_no_history_there_is_no_case()
    {
        Assert.Null(CaseState.From([]));
    }

    [Fact]
    public void a_raised_complaint_is_open_and_remembers_when_it_must_be_acknowledged()
    {
        var state = CaseState.From([SamComplained])!;

        Assert.Equal(CaseKind.Complaint, state.Kind);
        Assert.Equal(CaseStatus.Open, state.Status);
        Assert.Equal(ReceivedAt, state.ReceivedAt);
        Assert.Equal(AcknowledgementDueBy, state.AcknowledgementDueBy);
    }

    [Fact]
    public void a_reported_incident_is_open_from_when_it_happened_and_has_no_acknowledgement_clock()
    {
        var state = CaseState.From([IncidentWasReported])!;

        Assert.Equal(CaseKind.HarmIncident, state.Kind);
        Assert.Equal(CaseStatus.Open, state.Status);
        Assert.Equal(IncidentOccurredAt, state.ReceivedAt);
        Assert.Null(state.AcknowledgementDueBy);
    }

    [Fact]
    public void a_complaint_moves_from_open_to_acknowledged_to_responded_to_closed()
    {
        Assert.Equal(CaseStatus.Acknowledged, CaseState.From(AnAcknowledgedComplaint)!.Status);
        Assert.Equal(CaseStatus.Responded, CaseState.From([.. AnAcknowledgedComplaint, FinalResponseWasSent])!.Status);
        Assert.Equal(CaseStatus.Closed, CaseState.From(AClosedComplaint)!.Status);
        Assert.Equal(CaseStatus.Withdrawn, CaseState.From([SamComplained, ComplaintWasWithdrawn])!.Status);
    }

    [Fact]
    public void open_actions_are_those_committed_and_not_yet_completed()
    {
        var state = CaseState.From([SamComplained, ActionWasCommitted(), ActionWasCommitted(OtherActionId), ActionWasCompleted()])!;

        Assert.Equal(1, state.OpenActions);
    }

    [Fact]
    public void the_latest_response_date_is_the_one_that_counts()
    {
        var state = CaseState.From([
            .. AnAcknowledgedComplaint,
            new ResponseDeadlineExtended(ResponseDueBy, new DateOnly(2026, 8, 14), "Records late", Colleague, Now),
        ])!;

        Assert.Equal(new DateOnly(2026, 8, 14), state.ResponseDueBy);
    }
}
