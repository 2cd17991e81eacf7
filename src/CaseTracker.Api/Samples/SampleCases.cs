using CaseTracker.Api.Cases.Raising;
using CaseTracker.Api.Projections;
using CaseTracker.Api.Samples.Generation;
using CaseTracker.Domain.Calendar;
using CaseTracker.Domain.Cases;
using JasperFx;
using Marten;
using Marten.Exceptions;

namespace CaseTracker.Api.Samples;

/// <summary>
/// Loads the synthetic cases of <see cref="SampleCaseBook"/>, and 400 generated ones over the last two
/// years (<see cref="CaseHistoryGenerator"/>, fixed seed), into tenant "default" when it has no
/// cases yet. Runs in <see cref="StartAsync"/>, so the data is there before the first request.
/// Everything goes in one transaction with the reference counter, so two instances starting
/// together cannot both load it: the loser's counter write fails and it leaves the data alone.
/// </summary>
public sealed partial class SampleCases(IDocumentStore store, TimeProvider clock, WorkingDayCalendar calendar, ILogger<SampleCases> logger)
    : IHostedService
{
    public const string Tenant = "default";

    public const int GeneratedCases = 400;
    public const int GeneratedMonths = 24;
    public const int GeneratedSeed = 6;

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
        var days = new SampleDays(calendar, calendar.DayOf(now));
        // The hand-written cases read like real stories; the generated ones give the reports two years to count.
        List<SampleCaseScript> scripts =
        [
            .. SampleCaseBook.Write(days),
            .. new CaseHistoryGenerator(days, GeneratedSeed).Generate(GeneratedCases, GeneratedMonths),
        ];
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
