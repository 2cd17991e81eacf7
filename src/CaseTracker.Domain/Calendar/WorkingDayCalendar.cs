using System.Collections.Frozen;
using System.Text.Json;

namespace CaseTracker.Domain.Calendar;

/// <summary>
/// Working days for statutory clocks: not a Saturday, Sunday or bank holiday (Christmas Day and
/// Good Friday are bank holidays in England and Wales). Shipped as dated data so that a newer
/// published calendar replaces it without a code change.
/// </summary>
public sealed class WorkingDayCalendar
{
    private readonly FrozenDictionary<DateOnly, string> _holidays;

    public WorkingDayCalendar(string division, TimeZoneInfo timeZone, DateOnly coversFrom, DateOnly coversTo, DateOnly publishedOn, IReadOnlyDictionary<DateOnly, string> holidays)
    {
        if (coversTo < coversFrom) throw new ArgumentException("A calendar must cover at least one day.", nameof(coversTo));
        Division = division;
        TimeZone = timeZone;
        CoversFrom = coversFrom;
        CoversTo = coversTo;
        PublishedOn = publishedOn;
        _holidays = holidays.ToFrozenDictionary();
    }

    public string Division { get; }

    /// <summary>The zone in which "the day a complaint is received" is judged.</summary>
    public TimeZoneInfo TimeZone { get; }

    public DateOnly CoversFrom { get; }

    public DateOnly CoversTo { get; }

    public DateOnly PublishedOn { get; }

    public IReadOnlyDictionary<DateOnly, string> Holidays => _holidays;

    private static readonly Lazy<WorkingDayCalendar> Shipped = new(() =>
    {
        using var stream = typeof(WorkingDayCalendar).Assembly
            .GetManifestResourceStream("CaseTracker.Domain.Calendar.england-and-wales-bank-holidays.json")
            ?? throw new InvalidOperationException("The shipped England and Wales calendar is missing from the assembly.");
        return Load(stream);
    });

    /// <summary>The England and Wales calendar shipped with CaseTracker.</summary>
    public static WorkingDayCalendar EnglandAndWales => Shipped.Value;

    private static readonly JsonSerializerOptions FileFormat = new(JsonSerializerDefaults.Web);

    public static WorkingDayCalendar Load(Stream json)
    {
        var file = JsonSerializer.Deserialize<CalendarFile>(json, FileFormat)
            ?? throw new InvalidDataException("The calendar file is empty.");
        return new WorkingDayCalendar(
            file.Division,
            TimeZoneInfo.FindSystemTimeZoneById(file.TimeZone),
            DateOnly.Parse(file.CoversFrom, System.Globalization.CultureInfo.InvariantCulture),
            DateOnly.Parse(file.CoversTo, System.Globalization.CultureInfo.InvariantCulture),
            DateOnly.Parse(file.PublishedOn, System.Globalization.CultureInfo.InvariantCulture),
            file.Holidays.ToDictionary(h => DateOnly.Parse(h.Date, System.Globalization.CultureInfo.InvariantCulture), h => h.Title));
    }

    public bool Covers(DateOnly day) => day >= CoversFrom && day <= CoversTo;

    public bool IsWorkingDay(DateOnly day)
    {
        EnsureCovered(day);
        return day.DayOfWeek is not (DayOfWeek.Saturday or DayOfWeek.Sunday) && !_holidays.ContainsKey(day);
    }

    /// <summary>The local calendar day on which an instant falls.</summary>
    public DateOnly DayOf(DateTimeOffset instant) => DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(instant, TimeZone).DateTime);

    /// <summary>The instant a local calendar day begins (midnight in <see cref="TimeZone"/>, whatever the daylight saving).</summary>
    public DateTimeOffset StartOf(DateOnly day)
    {
        var midnight = day.ToDateTime(TimeOnly.MinValue, DateTimeKind.Unspecified);
        return new DateTimeOffset(midnight, TimeZone.GetUtcOffset(midnight));
    }

    /// <summary>The date <paramref name="count"/> working days after <paramref name="day"/>; the day itself never counts.</summary>
    public DateOnly AddWorkingDays(DateOnly day, int count)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(count);
        var current = day;
        for (var added = 0; added < count;)
        {
            current = current.AddDays(1);
            if (IsWorkingDay(current)) added++;
        }

        return current;
    }

    /// <summary>Working days after <paramref name="from"/> up to and including <paramref name="to"/> (zero when to is not later).</summary>
    public int WorkingDaysBetween(DateOnly from, DateOnly to)
    {
        var count = 0;
        for (var day = from.AddDays(1); day <= to; day = day.AddDays(1))
        {
            if (IsWorkingDay(day)) count++;
        }

        return count;
    }

    private void EnsureCovered(DateOnly day)
    {
        if (!Covers(day))
            throw new DateOutsideCalendarException(day, CoversFrom, CoversTo);
    }

    private sealed record CalendarFile(string Division, string TimeZone, string CoversFrom, string CoversTo, string PublishedOn, IReadOnlyList<HolidayEntry> Holidays);

    private sealed record HolidayEntry(string Date, string Title);
}

/// <summary>A clock was asked about a day the calendar does not know: guessing would make a statutory deadline wrong.</summary>
public sealed class DateOutsideCalendarException(DateOnly day, DateOnly from, DateOnly to)
    : InvalidOperationException($"{day:yyyy-MM-dd} is outside the working-day calendar ({from:yyyy-MM-dd} to {to:yyyy-MM-dd}).")
{
    public DateOnly Day { get; } = day;
}
