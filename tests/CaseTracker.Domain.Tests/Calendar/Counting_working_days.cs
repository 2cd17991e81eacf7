namespace CaseTracker.Domain.Tests;

public class Counting_working_days
{
    private static readonly WorkingDayCalendar EnglandAndWales = WorkingDayCalendar.EnglandAndWales;

    private static DateOnly AcknowledgeBy(int year, int month, int day) =>
        StatutoryClock.AcknowledgementDueBy(new DateOnly(year, month, day), EnglandAndWales);

    [Fact]
    public void an_ordinary_Monday_complaint_is_acknowledged_by_Thursday()
    {
        Assert.Equal(new DateOnly(2026, 6, 4), AcknowledgeBy(2026, 6, 1));
    }

    [Fact]
    public void a_complaint_on_the_Thursday_before_a_bank_holiday_Monday_is_acknowledged_by_Wednesday()
    {
        // Thu 27 Aug 2026: Fri 28 (1), Mon 31 is the summer bank holiday, Tue 1 Sep (2), Wed 2 Sep (3).
        Assert.Equal(new DateOnly(2026, 9, 2), AcknowledgeBy(2026, 8, 27));
    }

    [Theory]
    [InlineData(13)] // Saturday
    [InlineData(14)] // Sunday
    public void a_complaint_received_at_the_weekend_is_acknowledged_by_Wednesday(int day)
    {
        Assert.Equal(new DateOnly(2026, 6, 17), AcknowledgeBy(2026, 6, day));
    }

    [Fact]
    public void a_complaint_on_Christmas_Eve_2026_is_acknowledged_by_New_Years_Eve()
    {
        // Thu 24 Dec: Fri 25 Christmas, the weekend, Mon 28 Boxing Day (substitute), then Tue 29 (1), Wed 30 (2), Thu 31 (3).
        Assert.Equal(new DateOnly(2026, 12, 31), AcknowledgeBy(2026, 12, 24));
    }

    [Theory]
    [InlineData(17)] // Maundy Thursday
    [InlineData(18)] // Good Friday
    public void a_complaint_over_Easter_2025_skips_Good_Friday_and_Easter_Monday(int day)
    {
        Assert.Equal(new DateOnly(2025, 4, 24), AcknowledgeBy(2025, 4, day));
    }

    [Fact]
    public void Good_Friday_and_Easter_Monday_2025_are_not_working_days_but_the_Tuesday_after_is()
    {
        Assert.True(EnglandAndWales.IsWorkingDay(new DateOnly(2025, 4, 17)));
        Assert.False(EnglandAndWales.IsWorkingDay(new DateOnly(2025, 4, 18)));
        Assert.False(EnglandAndWales.IsWorkingDay(new DateOnly(2025, 4, 21)));
        Assert.True(EnglandAndWales.IsWorkingDay(new DateOnly(2025, 4, 22)));
    }

    [Fact]
    public void weekends_are_never_working_days()
    {
        Assert.False(EnglandAndWales.IsWorkingDay(new DateOnly(2026, 6, 13)));
        Assert.False(EnglandAndWales.IsWorkingDay(new DateOnly(2026, 6, 14)));
        Assert.True(EnglandAndWales.IsWorkingDay(new DateOnly(2026, 6, 15)));
    }

    [Fact]
    public void adding_no_working_days_leaves_the_day_as_it_is()
    {
        Assert.Equal(new DateOnly(2026, 6, 13), EnglandAndWales.AddWorkingDays(new DateOnly(2026, 6, 13), 0));
    }

    [Fact]
    public void working_days_cannot_be_counted_backwards()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => EnglandAndWales.AddWorkingDays(new DateOnly(2026, 6, 15), -1));
    }

    [Fact]
    public void the_working_days_between_two_dates_skip_a_bank_holiday()
    {
        // After Fri 28 Aug up to and including Fri 4 Sep 2026: Mon 31 Aug is a holiday, Tue–Fri count.
        Assert.Equal(4, EnglandAndWales.WorkingDaysBetween(new DateOnly(2026, 8, 28), new DateOnly(2026, 9, 4)));
    }

    [Fact]
    public void the_working_days_between_a_day_and_itself_or_an_earlier_day_are_none()
    {
        Assert.Equal(0, EnglandAndWales.WorkingDaysBetween(new DateOnly(2026, 9, 4), new DateOnly(2026, 9, 4)));
        Assert.Equal(0, EnglandAndWales.WorkingDaysBetween(new DateOnly(2026, 9, 4), new DateOnly(2026, 8, 28)));
    }

    [Fact]
    public void counting_working_days_agrees_with_adding_them()
    {
        var received = new DateOnly(2026, 12, 24);
        var due = StatutoryClock.AcknowledgementDueBy(received, EnglandAndWales);

        Assert.Equal(StatutoryClock.AcknowledgementWorkingDays, EnglandAndWales.WorkingDaysBetween(received, due));
    }

    [Theory]
    [InlineData("2026-06-30T23:30:00Z", "2026-07-01")] // BST: already the next day in London
    [InlineData("2026-06-30T22:59:59Z", "2026-06-30")]
    [InlineData("2026-12-31T23:30:00Z", "2026-12-31")] // GMT: London and UTC agree
    [InlineData("2026-07-01T00:30:00+02:00", "2026-06-30")] // an offset from elsewhere is converted, not trusted
    public void the_day_of_an_instant_is_its_day_in_London(string instant, string londonDay)
    {
        var at = DateTimeOffset.Parse(instant, System.Globalization.CultureInfo.InvariantCulture);

        Assert.Equal(DateOnly.Parse(londonDay, System.Globalization.CultureInfo.InvariantCulture), EnglandAndWales.DayOf(at));
    }

    [Theory]
    [InlineData("2023-12-31")]
    [InlineData("2031-01-01")]
    public void a_day_outside_the_calendar_is_refused_rather_than_guessed(string day)
    {
        var outside = DateOnly.Parse(day, System.Globalization.CultureInfo.InvariantCulture);

        Assert.False(EnglandAndWales.Covers(outside));
        var refused = Assert.Throws<DateOutsideCalendarException>(() => EnglandAndWales.IsWorkingDay(outside));
        Assert.Equal(outside, refused.Day);
    }

    [Fact]
    public void a_deadline_that_would_run_past_the_end_of_the_calendar_is_refused()
    {
        // Mon 30 Dec 2030: Tue 31 (1), then the calendar ends.
        var refused = Assert.Throws<DateOutsideCalendarException>(() => AcknowledgeBy(2030, 12, 30));

        Assert.Equal(new DateOnly(2031, 1, 1), refused.Day);
    }

    [Fact]
    public void the_first_and_last_days_of_the_calendar_are_covered()
    {
        Assert.True(EnglandAndWales.Covers(new DateOnly(2024, 1, 1)));
        Assert.True(EnglandAndWales.Covers(new DateOnly(2030, 12, 31)));
        Assert.False(EnglandAndWales.IsWorkingDay(new DateOnly(2024, 1, 1)));
        Assert.True(EnglandAndWales.IsWorkingDay(new DateOnly(2030, 12, 31)));
    }
}
