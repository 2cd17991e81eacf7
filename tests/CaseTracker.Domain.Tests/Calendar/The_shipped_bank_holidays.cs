using System.Text;

namespace CaseTracker.Domain.Tests;

/// <summary>
/// The England and Wales calendar shipped as data, checked against the rules GOV.UK's list follows:
/// New Year's Day, Good Friday, Easter Monday, the first Monday in May, the last Mondays in May and
/// August, Christmas Day and Boxing Day — a holiday falling at a weekend moves to the next free weekday.
/// A one-off holiday (a coronation, a jubilee) would make the rule test fail on purpose: check it and say so.
/// </summary>
public class The_shipped_bank_holidays
{
    private static readonly WorkingDayCalendar EnglandAndWales = WorkingDayCalendar.EnglandAndWales;

    public static TheoryData<int> Years => [2024, 2025, 2026, 2027, 2028, 2029, 2030];

    [Fact]
    public void the_calendar_covers_2024_to_2030_in_London_time()
    {
        Assert.Equal("england-and-wales", EnglandAndWales.Division);
        Assert.Equal("Europe/London", EnglandAndWales.TimeZone.Id);
        Assert.Equal(new DateOnly(2024, 1, 1), EnglandAndWales.CoversFrom);
        Assert.Equal(new DateOnly(2030, 12, 31), EnglandAndWales.CoversTo);
    }

    [Theory]
    [MemberData(nameof(Years))]
    public void every_year_has_eight_bank_holidays(int year)
    {
        Assert.Equal(8, EnglandAndWales.Holidays.Keys.Count(d => d.Year == year));
    }

    [Theory]
    [MemberData(nameof(Years))]
    public void no_bank_holiday_falls_at_a_weekend_because_substitute_days_are_listed(int year)
    {
        Assert.All(
            EnglandAndWales.Holidays.Keys.Where(d => d.Year == year),
            d => Assert.True(d.DayOfWeek is not (DayOfWeek.Saturday or DayOfWeek.Sunday), $"{d:yyyy-MM-dd} is a {d.DayOfWeek}"));
    }

    [Theory]
    [InlineData(2024, 3, 31)]
    [InlineData(2025, 4, 20)]
    [InlineData(2026, 4, 5)]
    [InlineData(2027, 3, 28)]
    [InlineData(2028, 4, 16)]
    [InlineData(2029, 4, 1)]
    [InlineData(2030, 4, 21)]
    public void Good_Friday_and_Easter_Monday_surround_Easter_Sunday(int year, int month, int day)
    {
        var easter = new DateOnly(year, month, day);

        Assert.Equal(easter, EasterSunday(year));
        Assert.Equal("Good Friday", EnglandAndWales.Holidays[easter.AddDays(-2)]);
        Assert.Equal("Easter Monday", EnglandAndWales.Holidays[easter.AddDays(1)]);
    }

    [Theory]
    [MemberData(nameof(Years))]
    public void the_listed_holidays_are_exactly_the_ones_the_rules_give(int year)
    {
        var expected = ExpectedHolidays(year).Select(d => $"{d:yyyy-MM-dd ddd}");
        var listed = EnglandAndWales.Holidays.Keys.Where(d => d.Year == year).Order().Select(d => $"{d:yyyy-MM-dd ddd}");

        Assert.Equal(expected, listed);
    }

    [Fact]
    public void Christmas_2026_moves_Boxing_Day_from_Saturday_to_Monday()
    {
        Assert.False(EnglandAndWales.IsWorkingDay(new DateOnly(2026, 12, 25)));
        Assert.False(EnglandAndWales.Holidays.ContainsKey(new DateOnly(2026, 12, 26)));
        Assert.Equal("Boxing Day (substitute day)", EnglandAndWales.Holidays[new DateOnly(2026, 12, 28)]);
    }

    [Fact]
    public void a_newer_published_calendar_replaces_the_shipped_one_without_a_code_change()
    {
        const string Published = """
            {
              "division": "england-and-wales",
              "timeZone": "Europe/London",
              "publishedOn": "2031-01-15",
              "coversFrom": "2031-01-01",
              "coversTo": "2031-12-31",
              "holidays": [ { "date": "2031-01-01", "title": "New Year's Day" }, { "date": "2031-05-09", "title": "A one-off holiday" } ]
            }
            """;
        using var json = new MemoryStream(Encoding.UTF8.GetBytes(Published));

        var calendar = WorkingDayCalendar.Load(json);

        Assert.Equal(new DateOnly(2031, 1, 15), calendar.PublishedOn);
        Assert.False(calendar.IsWorkingDay(new DateOnly(2031, 5, 9)));
        Assert.Equal(new DateOnly(2031, 5, 13), StatutoryClock.AcknowledgementDueBy(new DateOnly(2031, 5, 7), calendar));
    }

    [Fact]
    public void a_calendar_must_cover_at_least_one_day()
    {
        Assert.Throws<ArgumentException>(() => new WorkingDayCalendar(
            "england-and-wales", EnglandAndWales.TimeZone, new DateOnly(2031, 1, 2), new DateOnly(2031, 1, 1), new DateOnly(2031, 1, 1),
            new Dictionary<DateOnly, string>()));
    }

    private static IEnumerable<DateOnly> ExpectedHolidays(int year)
    {
        var easter = EasterSunday(year);
        var newYear = NextWeekday(new DateOnly(year, 1, 1));
        var christmas = new DateOnly(year, 12, 25);
        var boxingDay = new DateOnly(year, 12, 26);

        // Christmas on a Saturday: Christmas moves to Monday 27, Boxing Day to Tuesday 28.
        // Christmas on a Sunday: Boxing Day keeps Monday 26, Christmas moves to Tuesday 27.
        // Boxing Day alone on a Saturday: it moves to Monday 28.
        (christmas, boxingDay) = christmas.DayOfWeek switch
        {
            DayOfWeek.Saturday => (christmas.AddDays(2), boxingDay.AddDays(2)),
            DayOfWeek.Sunday => (christmas.AddDays(2), boxingDay),
            DayOfWeek.Friday => (christmas, boxingDay.AddDays(2)),
            _ => (christmas, boxingDay),
        };

        DateOnly[] holidays =
        [
            newYear,
            easter.AddDays(-2),
            easter.AddDays(1),
            FirstMonday(year, 5),
            LastMonday(year, 5),
            LastMonday(year, 8),
            christmas,
            boxingDay,
        ];
        return holidays.Order();
    }

    private static DateOnly NextWeekday(DateOnly day) => day.DayOfWeek switch
    {
        DayOfWeek.Saturday => day.AddDays(2),
        DayOfWeek.Sunday => day.AddDays(1),
        _ => day,
    };

    private static DateOnly FirstMonday(int year, int month)
    {
        var day = new DateOnly(year, month, 1);
        while (day.DayOfWeek != DayOfWeek.Monday) day = day.AddDays(1);
        return day;
    }

    private static DateOnly LastMonday(int year, int month)
    {
        var day = new DateOnly(year, month, DateTime.DaysInMonth(year, month));
        while (day.DayOfWeek != DayOfWeek.Monday) day = day.AddDays(-1);
        return day;
    }

    /// <summary>Western (Gregorian) Easter Sunday by the anonymous algorithm (Meeus/Jones/Butcher).</summary>
    private static DateOnly EasterSunday(int year)
    {
        var a = year % 19;
        var b = year / 100;
        var c = year % 100;
        var d = b / 4;
        var e = b % 4;
        var f = (b + 8) / 25;
        var g = (b - f + 1) / 3;
        var h = ((19 * a) + b - d - g + 15) % 30;
        var i = c / 4;
        var k = c % 4;
        var l = (32 + (2 * e) + (2 * i) - h - k) % 7;
        var m = (a + (11 * h) + (22 * l)) / 451;
        var month = (h + l - (7 * m) + 114) / 31;
        var day = ((h + l - (7 * m) + 114) % 31) + 1;
        return new DateOnly(year, month, day);
    }
}
