using CaseTracker.Domain.Calendar;

namespace CaseTracker.Api.Hosting;

/// <summary>The shipped England and Wales calendar, unless CaseTracker:CalendarFile names a newer published one.</summary>
public static class CalendarSetup
{
    public static WorkingDayCalendar Load(IConfiguration configuration)
    {
        if (configuration["CaseTracker:CalendarFile"] is not { Length: > 0 } path) return WorkingDayCalendar.EnglandAndWales;
        using var file = File.OpenRead(path);
        return WorkingDayCalendar.Load(file);
    }
}
