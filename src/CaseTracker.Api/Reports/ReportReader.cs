using CaseTracker.Api.Projections;
using CaseTracker.Api.Telemetry;
using Marten;

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
public sealed class ReportReader(IDocumentStore store, ProjectionLag lag, TimeProvider clock)
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

    /// <summary>The learning projection's position, as the health check and the lag gauge read it: never O(events).</summary>
    private async Task<Freshness> FreshnessAsync(CancellationToken ct)
    {
        var shard = LearningReportProjection.Name + ":All";
        var position = (await lag.ReadAsync(ct)).Single(p => p.Shard == shard);
        return new Freshness(position.ProjectedThrough, position.StoreHighWater, position.LagEvents, clock.GetUtcNow());
    }
}
