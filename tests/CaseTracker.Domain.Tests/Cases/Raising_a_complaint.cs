using static CaseTracker.Domain.Tests.History;

namespace CaseTracker.Domain.Tests;

public class Raising_a_complaint
{
    [Fact]
    public void when_a_complaint_is_raised_it_records_who_complained_and_the_statutory_dates()
    {
        GivenNoCase()
            .When(SamComplains())
            .Then(new ComplaintRaised(
                CaseId, Reference, ReceivedAt, Channel.Email, Sam, "Alex Taylor", "Community mental health team (North)",
                "The care plan was changed without anyone talking to Alex or to me.",
                ["Assessment and care planning"], "A care plan review with Alex present", ["Large print letters"], EventDate,
                AcknowledgementDueBy: new DateOnly(2026, 6, 4),
                SixMonthDate: new DateOnly(2026, 12, 1),
                MadeAfterTimeLimit: false,
                Actor, Now));
    }

    [Fact]
    public void when_the_matter_happened_more_than_twelve_months_before_it_is_flagged_as_late_but_still_raised()
    {
        var outcome = GivenNoCase().When(SamComplains(eventDate: new DateOnly(2025, 5, 31)));

        outcome.Then(SamComplained with { EventDate = new DateOnly(2025, 5, 31), MadeAfterTimeLimit = true, By = Actor, At = Now });
    }

    [Fact]
    public void when_the_matter_happened_exactly_twelve_months_before_it_is_in_time()
    {
        GivenNoCase()
            .When(SamComplains(eventDate: new DateOnly(2025, 6, 1)))
            .Then(SamComplained with { EventDate = new DateOnly(2025, 6, 1), MadeAfterTimeLimit = false, By = Actor, At = Now });
    }

    [Fact]
    public void when_nobody_knows_when_the_matter_happened_it_is_not_flagged_as_late()
    {
        GivenNoCase()
            .When(SamComplains() with { EventDate = null })
            .Then(SamComplained with { EventDate = null, MadeAfterTimeLimit = false, By = Actor, At = Now });
    }

    [Fact]
    public void when_an_email_arrives_late_on_a_summer_evening_it_counts_as_received_on_the_London_day()
    {
        // 23:30 UTC on Tuesday 30 June is 00:30 on Wednesday 1 July in London (BST):
        // acknowledge by Monday 6 July, not by Friday 3 July.
        var receivedAt = new DateTimeOffset(2026, 6, 30, 23, 30, 0, TimeSpan.Zero);

        GivenNoCase()
            .When(SamComplains(receivedAt))
            .Then(SamComplained with
            {
                ReceivedAt = receivedAt,
                AcknowledgementDueBy = new DateOnly(2026, 7, 6),
                SixMonthDate = new DateOnly(2027, 1, 1),
                By = Actor,
                At = Now,
            });
    }

    [Fact]
    public void when_a_complaint_arrives_on_Christmas_Eve_the_acknowledgement_is_due_on_New_Years_Eve()
    {
        var christmasEve = London(2026, 12, 24, 11, 0);

        GivenNoCase()
            .At(London(2027, 1, 4, 9, 0))
            .When(SamComplains(christmasEve))
            .Then(SamComplained with
            {
                ReceivedAt = christmasEve,
                AcknowledgementDueBy = new DateOnly(2026, 12, 31),
                SixMonthDate = new DateOnly(2027, 6, 24),
                By = Actor,
                At = London(2027, 1, 4, 9, 0),
            });
    }

    [Fact]
    public void when_the_complaint_is_said_to_arrive_in_the_future_it_is_refused()
    {
        GivenNoCase()
            .When(SamComplains(Now.AddMinutes(10)))
            .ThenRejects(Rules.InTheFuture);
    }

    [Fact]
    public void when_the_senders_clock_is_a_couple_of_minutes_ahead_the_complaint_is_still_raised()
    {
        GivenNoCase()
            .When(SamComplains(Now.AddMinutes(2)))
            .Then(SamComplained with
            {
                ReceivedAt = Now.AddMinutes(2),
                AcknowledgementDueBy = new DateOnly(2026, 7, 21),
                SixMonthDate = new DateOnly(2027, 1, 16),
                By = Actor,
                At = Now,
            });
    }

    [Fact]
    public void when_the_complaint_arrived_before_the_calendar_begins_its_deadlines_cannot_be_set()
    {
        GivenNoCase()
            .When(SamComplains(London(2023, 12, 29, 10, 0)))
            .ThenRejects(Rules.OutsideCalendar);
    }

    [Fact]
    public void when_the_acknowledgement_deadline_would_fall_beyond_the_calendar_it_cannot_be_set()
    {
        GivenNoCase()
            .At(London(2031, 1, 2, 9, 0))
            .When(SamComplains(London(2030, 12, 30, 10, 0)))
            .ThenRejects(Rules.OutsideCalendar);
    }

    [Fact]
    public void when_the_same_case_is_raised_twice_the_second_is_refused()
    {
        Given(SamComplained)
            .When(SamComplains())
            .ThenRejects(Rules.CaseAlreadyExists);
    }

    [Fact]
    public void when_a_harm_incident_is_reported_under_an_existing_complaints_id_it_is_refused()
    {
        Given(SamComplained)
            .When(IncidentIsReported() with { CaseId = CaseId })
            .ThenRejects(Rules.CaseAlreadyExists);
    }

    [Fact]
    public void when_a_closed_case_is_raised_again_it_already_exists()
    {
        Given(AClosedComplaint)
            .When(SamComplains())
            .ThenRejects(Rules.CaseAlreadyExists);
    }

    public static TheoryData<CaseCommand> AnythingButRaising => new()
    {
        new AcknowledgeComplaint(null, null, null),
        new AssignHandler("hana"),
        new AgreeResponseDeadline(new DateOnly(2026, 8, 1), null),
        new GiveApology(null, ApologyMethod.Letter, "Sam Taylor", null),
        new AddNote(NoteId, "Called Sam back"),
        new CloseCase("Duplicate"),
        new ReopenCase("Mistake"),
        new WithdrawComplaint(null),
    };

    [Theory]
    [MemberData(nameof(AnythingButRaising))]
    public void when_anything_else_is_asked_of_a_case_nobody_raised_the_case_is_not_found(CaseCommand command)
    {
        GivenNoCase()
            .When(command)
            .ThenRejects(Rules.CaseNotFound);
    }
}
