namespace CaseTracker.Domain.Calendar;

/// <summary>
/// The dates the Local Authority Social Services and NHS Complaints (England) Regulations 2009 set
/// from the day a complaint is received (regs 12–14).
/// </summary>
public static class StatutoryClock
{
    /// <summary>reg 13(2): acknowledge no later than three working days after the day the complaint is received.</summary>
    public const int AcknowledgementWorkingDays = 3;

    /// <summary>reg 14(2): without a response within six months, tell the complainant why.</summary>
    public const int SixMonths = 6;

    /// <summary>reg 12: a complaint must be made within twelve months of the matter or of knowing of it.</summary>
    public const int TimeLimitMonths = 12;

    public static DateOnly AcknowledgementDueBy(DateOnly receivedOn, WorkingDayCalendar calendar) =>
        calendar.AddWorkingDays(receivedOn, AcknowledgementWorkingDays);

    public static DateOnly SixMonthDate(DateOnly receivedOn) => receivedOn.AddMonths(SixMonths);

    /// <summary>Late complaints are flagged, never refused: the regulations leave acceptance to discretion.</summary>
    public static bool IsAfterTimeLimit(DateOnly? eventDate, DateOnly receivedOn) =>
        eventDate is { } happened && happened < receivedOn.AddMonths(-TimeLimitMonths);
}
