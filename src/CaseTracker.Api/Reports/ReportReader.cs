using CaseTracker.Api.Hosting;
using CaseTracker.Api.Projections;
using Marten;
using Npgsql;

namespace CaseTracker.Api.Reports;

/// <summary>How up to date a report is: how far the learning projection has read the event store.</summary>
/// <param name="ProjectedThrough">The last event sequence number the learning projection has applied.</param>
/// <param name="StoreHighWater">The last sequence number the event store has given out.</param>
/// <param name="LagEvents">Sequence numbers between the two: events recorded but not yet in the figures (0 = fresh).</param>
/// <param name="AsOf">When this was measured.</param>
public sealed record Freshness(long ProjectedThrough, long StoreHighWater, long LagEvents, DateTimeOffset AsOf);

/// <summary>The monthly documents a report is made of, and how fresh they are.</summary>
/// <param name="Rows">One per month and service in the range that received any case, in month then service order.</param>
/// <param name="Before">The same for the 90-odd days before the range: what a repeat theme looks back on.</param>
public sealed record ReportData(MonthRange Range, string? Service, IReadOnlyList<LearningReport> Rows, IReadOnlyList<LearningReport> Before, Freshness Freshness);

/// <summary>Reads the monthly learning documents of a range: one row per month and service, never the events.</summary>
public sealed class ReportReader(IDocumentStore store, TimeProvider clock)
{
    /// <summary>The look-back window of a repeat theme, in days.</summary>
    public const int RepeatWindowDays = 90;

    /// <summary>Whole months that always cover the look-back window before a range's first day.</summary>
    private const int MonthsToLookBack = 4;

    public async Task<ReportData> ReadAsync(string tenant, MonthRange range, string? service, CancellationToken ct)
    {
        await using var query = store.QuerySession(tenant);
        var months = new MonthRange(range.First.AddMonths(-MonthsToLookBack), range.Last).Months().ToArray();
        IQueryable<LearningReport> reports = query.Query<LearningReport>().Where(r => r.Month.IsOneOf(months));
        if (service is not null) reports = reports.Where(r => r.Service == service);
        var all = await reports.ToListAsync(ct);

        var from = range.From;
        var ordered = all.OrderBy(r => r.Month, StringComparer.Ordinal).ThenBy(r => r.Service, StringComparer.Ordinal).ToList();
        return new ReportData(
            range, service,
            [.. ordered.Where(r => string.CompareOrdinal(r.Month, from) >= 0)],
            [.. ordered.Where(r => string.CompareOrdinal(r.Month, from) < 0)],
            await FreshnessAsync(ct));
    }

    /// <summary>
    /// Read straight from Marten's sequence and progress table: counting the events table instead
    /// would make every report cost O(events).
    /// </summary>
    private async Task<Freshness> FreshnessAsync(CancellationToken ct)
    {
        await using var connection = store.Storage.Database.CreateConnection();
        await connection.OpenAsync(ct);
        await using var command = new NpgsqlCommand(
            $"""
            select (select case when is_called then last_value else 0 end from {EventStoreSetup.Schema}.mt_events_sequence),
                   coalesce((select last_seq_id from {EventStoreSetup.Schema}.mt_event_progression where name = @shard), 0)
            """, connection);
        command.Parameters.AddWithValue("shard", LearningReportProjection.Name + ":All");
        await using var reader = await command.ExecuteReaderAsync(ct);
        await reader.ReadAsync(ct);
        var high = reader.GetInt64(0);
        var projected = reader.GetInt64(1);
        return new Freshness(projected, high, Math.Max(0, high - projected), clock.GetUtcNow());
    }
}
