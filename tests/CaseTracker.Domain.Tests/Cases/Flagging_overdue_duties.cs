using static CaseTracker.Domain.Tests.History;

namespace CaseTracker.Domain.Tests;

public class Flagging_overdue_duties
{
    /// <summary>Acknowledgement due Thursday 4 June 2026: overdue from midnight that night, London time (BST).</summary>
    private static readonly DateTimeOffset AckOverdueSince = new(2026, 6, 5, 0, 0, 0, TimeSpan.FromHours(1));

    private static AcknowledgementOverdue AckWasOverdue { get; } = new(AcknowledgementDueBy, AckOverdueSince, CaseDecider.SystemActor, AckOverdueSince);

    [Fact]
    public void an_undone_acknowledgement_is_flagged_overdue_from_the_end_of_its_due_day()
    {
        Given(SamComplained)
            .When(new FlagOverdueDuty(DutyKind.Acknowledgement, null, AcknowledgementDueBy))
            .Then(new AcknowledgementOverdue(AcknowledgementDueBy, AckOverdueSince, Actor, Now));
    }

    [Fact]
    public void a_duty_done_in_time_is_never_flagged()
    {
        Given(AnAcknowledgedComplaint).When(new FlagOverdueDuty(DutyKind.Acknowledgement, null, AcknowledgementDueBy)).Then();
    }

    [Fact]
    public void the_same_duty_and_date_is_flagged_once_however_often_it_is_checked()
    {
        Given(SamComplained, AckWasOverdue).When(new FlagOverdueDuty(DutyKind.Acknowledgement, null, AcknowledgementDueBy)).Then();
    }

    [Fact]
    public void a_check_for_a_date_that_was_since_extended_flags_nothing()
    {
        var extended = new ResponseDeadlineExtended(ResponseDueBy, new DateOnly(2026, 8, 14), "Waiting for the review.", Colleague, AcknowledgedAt.AddDays(20));

        Given([.. AnAcknowledgedComplaint, extended]).When(new FlagOverdueDuty(DutyKind.Response, null, ResponseDueBy)).Then();
        Given([.. AnAcknowledgedComplaint, extended])
            .When(new FlagOverdueDuty(DutyKind.Response, null, new DateOnly(2026, 8, 14)))
            .Then(new ResponseOverdue(new DateOnly(2026, 8, 14), new DateTimeOffset(2026, 8, 15, 0, 0, 0, TimeSpan.FromHours(1)), Actor, Now));
    }

    [Fact]
    public void six_months_without_a_final_response_makes_the_six_month_letter_due()
    {
        Given(AnAcknowledgedComplaint)
            .When(new FlagOverdueDuty(DutyKind.SixMonthLetter, null, SixMonthDate))
            .Then(new SixMonthLetterDue(SixMonthDate, new DateTimeOffset(2026, 12, 2, 0, 0, 0, TimeSpan.Zero), Actor, Now));
        Given(AnAcknowledgedComplaint.Append(FinalResponseWasSent).ToArray()).When(new FlagOverdueDuty(DutyKind.SixMonthLetter, null, SixMonthDate)).Then();
    }

    [Fact]
    public void an_open_action_past_its_date_is_overdue_and_a_completed_one_is_not()
    {
        var due = new DateOnly(2026, 8, 14);

        Given(SamComplained, ActionWasCommitted())
            .When(new FlagOverdueDuty(DutyKind.Action, ActionId, due))
            .Then(new ActionOverdue(ActionId, due, new DateTimeOffset(2026, 8, 15, 0, 0, 0, TimeSpan.FromHours(1)), Actor, Now));
        Given(SamComplained, ActionWasCommitted(), ActionWasCompleted()).When(new FlagOverdueDuty(DutyKind.Action, ActionId, due)).Then();
    }

    [Fact]
    public void candour_is_overdue_until_the_letter_is_sent()
    {
        var declared = Declaring_a_notifiable_incident.Declared;

        Given(IncidentWasReported, declared)
            .When(new FlagOverdueDuty(DutyKind.Candour, null, declared.CandourDueBy))
            .Then(new CandourOverdue(declared.CandourDueBy, new DateTimeOffset(2026, 6, 23, 0, 0, 0, TimeSpan.FromHours(1)), Actor, Now));
    }

    [Fact]
    public void a_closed_case_owes_nothing_and_is_never_flagged()
    {
        Given(SamComplained, new CaseClosed("Resolved on the phone.", 0, Colleague, ReceivedAt.AddHours(3)))
            .When(new FlagOverdueDuty(DutyKind.Acknowledgement, null, AcknowledgementDueBy))
            .Then();
    }

    [Fact]
    public void raising_a_complaint_schedules_the_acknowledgement_and_the_six_month_letter()
    {
        var after = CaseState.From([SamComplained]);

        Assert.Equal(
            [new DutyDue(DutyKind.Acknowledgement, null, AcknowledgementDueBy), new DutyDue(DutyKind.SixMonthLetter, null, SixMonthDate)],
            Duties.ToCheck(after, [SamComplained]));
    }

    [Fact]
    public void agreeing_extending_declaring_and_committing_each_schedule_their_own_date()
    {
        var extended = new ResponseDeadlineExtended(ResponseDueBy, new DateOnly(2026, 8, 14), "Waiting.", Colleague, AcknowledgedAt.AddDays(20));
        var declared = Declaring_a_notifiable_incident.Declared;
        var committed = ActionWasCommitted();
        object[] events = [ComplaintWasAcknowledged(), extended, declared, committed];

        var checks = Duties.ToCheck(CaseState.From([SamComplained, .. events]), events);

        Assert.Equal(
            [new DutyDue(DutyKind.Response, null, new DateOnly(2026, 8, 14)), new DutyDue(DutyKind.Candour, null, declared.CandourDueBy),
                new DutyDue(DutyKind.Action, ActionId, committed.DueBy)],
            checks);
    }

    [Fact]
    public void reopening_a_case_schedules_every_duty_still_open()
    {
        object[] history = [SamComplained, ComplaintWasAcknowledged(), FinalResponseWasSent, CaseWasClosed, CaseWasReopened];

        var checks = Duties.ToCheck(CaseState.From(history), [CaseWasReopened]);

        Assert.Equal([new DutyDue(DutyKind.Response, null, ResponseDueBy), new DutyDue(DutyKind.SixMonthLetter, null, SixMonthDate)], checks);
    }

    [Fact]
    public void ordinary_work_schedules_nothing()
    {
        var note = new NoteAdded(NoteId, "Called Sam.", Colleague, Now);

        Assert.Empty(Duties.ToCheck(CaseState.From([SamComplained, note]), [note]));
    }
}
