namespace CaseTracker.Domain.Tests;

public class Statutory_dates
{
    [Theory]
    [InlineData("2026-06-01", "2026-12-01")]
    [InlineData("2026-08-31", "2027-02-28")] // no 31 February: the last day of the month
    [InlineData("2027-08-31", "2028-02-29")] // 2028 is a leap year
    [InlineData("2026-12-24", "2027-06-24")]
    public void the_six_month_letter_falls_due_six_calendar_months_after_receipt(string received, string sixMonths)
    {
        Assert.Equal(Day(sixMonths), StatutoryClock.SixMonthDate(Day(received)));
    }

    [Theory]
    [InlineData("2025-06-01", "2026-06-01", false)] // exactly twelve months: still in time
    [InlineData("2025-05-31", "2026-06-01", true)]
    [InlineData("2026-05-20", "2026-06-01", false)]
    [InlineData("2024-02-29", "2025-02-28", false)] // a leap day's anniversary is the 28th
    [InlineData("2024-02-29", "2025-03-01", true)]
    public void a_complaint_made_more_than_twelve_months_after_the_matter_is_flagged(string happened, string received, bool late)
    {
        Assert.Equal(late, StatutoryClock.IsAfterTimeLimit(Day(happened), Day(received)));
    }

    [Fact]
    public void without_a_date_for_the_matter_a_complaint_is_never_flagged_as_late()
    {
        Assert.False(StatutoryClock.IsAfterTimeLimit(null, Day("2026-06-01")));
    }

    [Fact]
    public void a_late_complaint_is_flagged_on_the_event_that_raises_it()
    {
        var raised = GivenNoCase()
            .When(History.SamComplains(eventDate: Day("2025-03-01")))
            .Decision.Events.OfType<ComplaintRaised>().Single();

        Assert.True(raised.MadeAfterTimeLimit);
    }

    private static DateOnly Day(string iso) => DateOnly.Parse(iso, System.Globalization.CultureInfo.InvariantCulture);
}
