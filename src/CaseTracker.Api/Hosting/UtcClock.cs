namespace CaseTracker.Api.Hosting;

/// <summary>
/// The application's clock, always in UTC. The event store stamps events with it, and PostgreSQL
/// (through Npgsql) accepts only UTC instants for timestamptz — whatever offset a clock reports.
/// </summary>
public sealed class UtcClock(TimeProvider clock) : TimeProvider
{
    public override DateTimeOffset GetUtcNow() => clock.GetUtcNow().ToUniversalTime();

    public override TimeZoneInfo LocalTimeZone => TimeZoneInfo.Utc;
}
