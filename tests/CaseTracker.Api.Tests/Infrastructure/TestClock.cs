namespace CaseTracker.Api.Tests.Infrastructure;

/// <summary>A clock the story sets: statutory deadlines are about dates, so tests choose the date.</summary>
public sealed class TestClock(DateTimeOffset start) : TimeProvider
{
    private DateTimeOffset _now = start;

    public override DateTimeOffset GetUtcNow() => _now;

    public void SetTo(DateTimeOffset instant) => _now = instant;

    public void Advance(TimeSpan by) => _now += by;
}
