using CaseTracker.Api.Cases.Raising;
using CaseTracker.Api.Projections;
using CaseTracker.Domain.Calendar;
using CaseTracker.Domain.Cases;
using JasperFx;
using Marten;
using Marten.Exceptions;

namespace CaseTracker.Api.Samples;

/// <summary>
/// Loads the synthetic cases of <see cref="SampleCaseBook"/> into tenant "default" when it has no
/// cases yet. Runs in <see cref="StartAsync"/>, so the data is there before the first request.
/// Everything goes in one transaction with the reference counter, so two instances starting
/// together cannot both load it: the loser's counter write fails and it leaves the data alone.
/// </summary>
public sealed partial class SampleCases(IDocumentStore store, TimeProvider clock, WorkingDayCalendar calendar, ILogger<SampleCases> logger)
    : IHostedService
{
    public const string Tenant = "default";

    public async Task StartAsync(CancellationToken cancellationToken)
    {
        await using (var query = store.QuerySession(Tenant))
        {
            var existing = await query.Query<CaseSummary>().CountAsync(cancellationToken);
            if (existing > 0)
            {
                LogAlreadyHasCases(Tenant, existing);
                return;
            }
        }

        var now = clock.GetUtcNow();
        var scripts = SampleCaseBook.Write(new SampleDays(calendar, calendar.DayOf(now))).ToList();
        try
        {
            // One transaction for everything: two instances starting together cannot both load the data.
            await new CaseWriter(store, calendar).WriteAsync(Tenant, scripts, now, batchSize: scripts.Count, ct: cancellationToken);
        }
        catch (Exception e) when (IsLostRace(e))
        {
            LogSomeoneElseWroteFirst(Tenant);
            return;
        }

        LogLoaded(scripts.Count, Tenant);
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    /// <summary>Another process took the same reference numbers first: it is loading (or has loaded) cases itself.</summary>
    private static bool IsLostRace(Exception e) => e is ConcurrencyException or DocumentAlreadyExistsException
        || e.InnerException is ConcurrencyException or DocumentAlreadyExistsException;

    [LoggerMessage(Level = LogLevel.Information, Message = "Loaded {Count} sample cases for tenant {Tenant}")]
    private partial void LogLoaded(int count, string tenant);

    [LoggerMessage(Level = LogLevel.Information, Message = "Tenant {Tenant} already has {Count} cases: no sample data loaded")]
    private partial void LogAlreadyHasCases(string tenant, int count);

    [LoggerMessage(Level = LogLevel.Information, Message = "Another process wrote cases for tenant {Tenant} first: no sample data loaded")]
    private partial void LogSomeoneElseWroteFirst(string tenant);
}
