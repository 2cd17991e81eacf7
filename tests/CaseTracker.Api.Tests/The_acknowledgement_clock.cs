using CaseTracker.Api.Tests.Infrastructure;

namespace CaseTracker.Api.Tests;

/// <summary>Complaints are acknowledged within 3 working days after the day of receipt (2009 Regulations, reg 13).</summary>
[Collection(ApiCollection.Name)]
public sealed class The_acknowledgement_clock(CaseTrackerApp app)
{
    // Thursday 27 August 2026; Monday 31 August is the summer bank holiday.
    private static readonly DateTimeOffset ThursdayBeforeBankHoliday = new(2026, 8, 27, 14, 30, 0, TimeSpan.FromHours(1));

    [Fact]
    public async Task a_complaint_received_the_thursday_before_a_bank_holiday_monday_is_due_on_wednesday()
    {
        app.Clock.SetTo(ThursdayBeforeBankHoliday);
        var handler = Caller.InNewTenant(app);

        var id = await handler.RaiseComplaint(ThursdayBeforeBankHoliday);

        var summary = await handler.GetJson($"/api/cases/{id}");
        Assert.Equal("2026-09-02", (string?)summary["acknowledgementDueBy"]);
        Assert.Equal("2027-02-27", (string?)summary["sixMonthDate"]);
    }

    [Fact]
    public async Task acknowledged_on_the_due_day_is_on_time()
    {
        app.Clock.SetTo(new DateTimeOffset(2026, 9, 2, 16, 0, 0, TimeSpan.FromHours(1)));
        var handler = Caller.InNewTenant(app);
        var id = await handler.RaiseComplaint(ThursdayBeforeBankHoliday);

        await handler.Post($"/api/cases/{id}/acknowledgement", Bodies.Acknowledgement(), 200);

        var timeline = await handler.GetJson($"/api/cases/{id}/timeline");
        Assert.True((bool)timeline["intervals"]!["acknowledgedOnTime"]!);
        Assert.Equal(3, (int)timeline["intervals"]!["workingDaysToAcknowledgement"]!);
    }

    [Fact]
    public async Task acknowledged_the_day_after_is_late_and_says_so_in_plain_words()
    {
        app.Clock.SetTo(new DateTimeOffset(2026, 9, 3, 10, 0, 0, TimeSpan.FromHours(1)));
        var handler = Caller.InNewTenant(app);
        var id = await handler.RaiseComplaint(ThursdayBeforeBankHoliday);

        await handler.Post($"/api/cases/{id}/acknowledgement", Bodies.Acknowledgement(), 200);

        var summary = await handler.GetJson($"/api/cases/{id}");
        var timeline = await handler.GetJson($"/api/cases/{id}/timeline");
        Assert.False((bool)summary["acknowledgedOnTime"]!);
        Assert.Equal(4, (int)timeline["intervals"]!["workingDaysToAcknowledgement"]!);
        // The overdue check may have flagged the case before the acknowledgement: find the entry by kind.
        var acknowledged = timeline["entries"]!.AsArray().Single(e => (string?)e!["kind"] == "acknowledged");
        Assert.Contains("late (it was due by Wednesday 2 September 2026)", (string?)acknowledged!["description"]);
    }

    [Fact]
    public async Task an_acknowledgement_recorded_later_keeps_the_day_it_was_really_sent()
    {
        app.Clock.SetTo(new DateTimeOffset(2026, 9, 7, 9, 0, 0, TimeSpan.FromHours(1)));
        var handler = Caller.InNewTenant(app);
        var id = await handler.RaiseComplaint(ThursdayBeforeBankHoliday);

        await handler.Post($"/api/cases/{id}/acknowledgement",
            Bodies.Acknowledgement(acknowledgedAt: new DateTimeOffset(2026, 9, 1, 11, 0, 0, TimeSpan.FromHours(1))), 200);

        Assert.True((bool)(await handler.GetJson($"/api/cases/{id}"))["acknowledgedOnTime"]!);
    }
}
