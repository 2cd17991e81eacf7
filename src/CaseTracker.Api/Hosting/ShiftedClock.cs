namespace CaseTracker.Api.Hosting;

/// <summary>
/// The system clock moved by a fixed offset (CaseTracker:Clock:Offset), for rehearsals and tests that run
/// the service as separate processes: statutory deadlines fall at the end of working days, so a story that
/// needs one to fall due while it watches chooses the day by moving the clock. Every process given the same
/// offset agrees on the time. Never set in production: events would carry shifted timestamps.
/// </summary>
public sealed class ShiftedClock(TimeSpan offset) : TimeProvider
{
    public const string OffsetKey = "CaseTracker:Clock:Offset";

    public override DateTimeOffset GetUtcNow() => System.GetUtcNow() + offset;
}
