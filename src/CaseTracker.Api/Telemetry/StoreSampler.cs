using CaseTracker.Api.Hosting;
using CaseTracker.Domain.Cases;
using Marten;
using Npgsql;

namespace CaseTracker.Api.Telemetry;

/// <summary>
/// Every CaseTracker:Telemetry:SampleSeconds (15 by default) reads the figures the gauges report: open
/// overdue duties by kind, and each background projection's lag. Gauges are observed by whatever
/// exports them, as often as it likes; the database is asked at this one steady pace.
/// </summary>
public sealed partial class StoreSampler(IDocumentStore store, ProjectionLag lag, StoreSample sample, IConfiguration configuration, ILogger<StoreSampler> logger)
    : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var every = TimeSpan.FromSeconds(Math.Max(1, configuration.GetValue("CaseTracker:Telemetry:SampleSeconds", 15.0)));
        using var timer = new PeriodicTimer(every);
        // The first tick waits a period, by when the store's schema is in place.
        while (await timer.WaitForNextTickAsync(stoppingToken))
        {
            try
            {
                sample.Keep(new StoreFigures(await OverdueDuties(stoppingToken), await lag.ReadAsync(stoppingToken)));
            }
            catch (Exception e) when (!stoppingToken.IsCancellationRequested)
            {
                // The gauges keep their last figures; the database outage itself is reported by /health/ready.
                CouldNotSample(logger, e);
            }
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Could not sample the store for the telemetry gauges")]
    private static partial void CouldNotSample(ILogger logger, Exception exception);

    /// <summary>Across all organisations, as an operator sees the service; each case's duties are one JSON array of its deadlines document.</summary>
    private async Task<IReadOnlyDictionary<DutyKind, long>> OverdueDuties(CancellationToken ct)
    {
        var counts = Enum.GetValues<DutyKind>().ToDictionary(kind => kind, _ => 0L);
        await using var connection = store.Storage.Database.CreateConnection();
        await connection.OpenAsync(ct);
        await using var command = new NpgsqlCommand(
            $"""
            select duty->>'kind', count(*)
              from {EventStoreSetup.Schema}.mt_doc_casedeadlines deadlines,
                   jsonb_array_elements(deadlines.data->'duties') duty
             where (duty->>'queued')::boolean
             group by 1
            """, connection);
        await using var reader = await command.ExecuteReaderAsync(ct);
        while (await reader.ReadAsync(ct))
            if (Enum.TryParse<DutyKind>(reader.GetString(0), ignoreCase: true, out var kind)) counts[kind] = reader.GetInt64(1);
        return counts;
    }
}
