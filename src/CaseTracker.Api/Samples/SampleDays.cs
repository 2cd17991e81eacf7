using System.Globalization;
using CaseTracker.Domain.Calendar;

namespace CaseTracker.Api.Samples;

/// <summary>
/// Sample dates counted in working days back from today, so the sample deadlines fall where a live
/// service's would (on time, late, overdue) whatever day the app starts on.
/// </summary>
public sealed record SampleDays(WorkingDayCalendar Calendar, DateOnly Today)
{
    public DateOnly WorkingDaysAgo(int count)
    {
        var day = Today;
        for (var counted = 0; counted < count;)
        {
            day = day.AddDays(-1);
            if (Calendar.IsWorkingDay(day)) counted++;
        }

        return day;
    }

    public DateOnly After(DateOnly day, int workingDays) => Calendar.AddWorkingDays(day, workingDays);

    /// <summary>A wall-clock time ("14:30") on a day, in the calendar's zone, as UTC.</summary>
    public DateTimeOffset At(DateOnly day, string time)
    {
        var local = day.ToDateTime(TimeOnly.ParseExact(time, "HH:mm", CultureInfo.InvariantCulture));
        return new DateTimeOffset(local, Calendar.TimeZone.GetUtcOffset(local)).ToUniversalTime();
    }

    /// <summary>Starts the script of a case that reached the service <paramref name="workingDaysAgo"/> working days ago.</summary>
    public SampleCaseScript Case(int workingDaysAgo, string time, string by) => new(this, WorkingDaysAgo(workingDaysAgo), time, by);
}
