using System.Diagnostics;
using System.Globalization;
using CaseTracker.Api.Hosting;
using CaseTracker.Api.Projections;
using CaseTracker.Api.Reports;
using CaseTracker.Api.Samples;
using CaseTracker.Api.Samples.Generation;
using CaseTracker.Api.Telemetry;
using CaseTracker.Domain.Calendar;
using JasperFx.Events.Projections;
using Marten;
using Npgsql;

namespace CaseTracker.Benchmarks;

/// <summary>
/// In one run, on a fresh database: writes generated cases until there are 10,000 events and reads the
/// learning report, then again at 100,000; writes on to the target (default 1,000,000 events); reads the events table
/// sequentially (the floor), rebuilds every projection and reads the report again. Prints the figures
/// as a Markdown table for docs/benchmarks.md.
/// </summary>
public static class LearningReportBenchmark
{
    private const string Tenant = "bench";
    private const int Months = 24;
    private const int Reads = 50;

    public static async Task<int> RunAsync(string[] args)
    {
        var target = args.Length == 2 && args[0] == "--events" ? int.Parse(args[1], CultureInfo.InvariantCulture) : 1_000_000;
        var connection = Environment.GetEnvironmentVariable("CASETRACKER_BENCH_DB")
            ?? throw new InvalidOperationException("Set CASETRACKER_BENCH_DB, or run ./eng/bench.sh reports.");
        var calendar = WorkingDayCalendar.EnglandAndWales;
        using var store = DocumentStore.For(o => EventStoreSetup.Configure(o, connection, calendar, TimeProvider.System));
        await store.Storage.ApplyAllConfiguredChangesToDatabaseAsync();
        var now = DateTimeOffset.UtcNow;
        var days = new SampleDays(calendar, calendar.DayOf(now));
        var filler = new StoreFiller(store, calendar, Tenant, Months, now);
        var range = new MonthRange(days.Today.AddMonths(-Months), days.Today);
        var results = new List<(string Measure, string Value)>();
        var anatomy = new ReportAnatomy(connection);

        // Reads at 10,000 and 100,000 events too: the monthly documents fill up (every theme, day and category
        // seen) well before a million, and from then on a read should cost the same however many events there are.
        foreach (var mark in new long[] { 10_000, 100_000 }.Where(m => m < target))
        {
            await filler.WriteUntilAsync(mark);
            await RebuildLearningReportAsync(store);
            results.Add(($"report read at {filler.Events:N0} events (median / p95 of {Reads})", await ReadLatencyAsync(store, range)));
            await AnatomyAsync(anatomy, store, range, filler.Events, results);
        }

        await filler.WriteUntilAsync(target);
        var (cases, events, writing) = (filler.Cases, filler.Events, filler.Writing);
        results.Add(("generated and written (through the decider, inline projections)", $"{cases:N0} cases, {events:N0} events in {writing.TotalSeconds:N0} s = {events / writing.TotalSeconds:N0} events/s"));

        var (floorEvents, floorTime) = await SequentialReadAsync(connection);
        results.Add(("raw sequential read of the events table (the floor)", $"{floorEvents:N0} events in {floorTime.TotalSeconds:N1} s = {floorEvents / floorTime.TotalSeconds:N0} events/s"));

        foreach (var (name, took) in await RebuildAllAsync(store))
            results.Add(($"rebuild {name}", $"{took.TotalSeconds:N1} s = {events / took.TotalSeconds:N0} events/s"));
        results.Add(($"report read at {events:N0} events (median / p95 of {Reads})", await ReadLatencyAsync(store, range)));
        await AnatomyAsync(anatomy, store, range, events, results);

        Console.WriteLine($"| Measure ({Environment.ProcessorCount} cores, {DateTime.UtcNow:yyyy-MM-dd}) | Result |");
        Console.WriteLine("|---|---|");
        foreach (var (measure, value) in results) Console.WriteLine($"| {measure} | {value} |");
        return 0;
    }

    /// <summary>Rebuilds every projection that keeps documents, one after another, timing each and all together.</summary>
    private static async Task<List<(string Name, TimeSpan Took)>> RebuildAllAsync(DocumentStore store)
    {
        var names = store.Options.Projections.All.Where(p => p.Lifecycle != ProjectionLifecycle.Live).Select(p => p.Name).ToList();
        using var daemon = await store.BuildProjectionDaemonAsync();
        var timings = new List<(string, TimeSpan)>();
        var all = Stopwatch.StartNew();
        foreach (var name in names)
        {
            var one = Stopwatch.StartNew();
            await daemon.RebuildProjectionAsync(name, TimeSpan.FromMinutes(30), CancellationToken.None);
            timings.Add((name, one.Elapsed));
            Console.Error.WriteLine($"  rebuilt {name} in {one.Elapsed.TotalSeconds:N1} s");
        }

        timings.Add(($"all {names.Count} projections ({string.Join(", ", names)})", all.Elapsed));
        return timings;
    }

    /// <summary>
    /// Straight after a rebuild, then again once the dead row versions it left are vacuumed away: tells the
    /// documents' own growth apart from the table's bloat, and the database's part from the deserialising and summing.
    /// </summary>
    private static async Task AnatomyAsync(ReportAnatomy anatomy, DocumentStore store, MonthRange range, long events, List<(string, string)> results)
    {
        var at = $"at {events:N0} events";
        results.Add(($"  documents {at}", await anatomy.DocumentsAsync()));
        results.Add(($"  fetch only (SQL, JSON as text) {at}, {await anatomy.DeadRowsAsync():N0} dead rows", await anatomy.FetchOnlyAsync()));
        await anatomy.VacuumAsync();
        results.Add(($"  fetch only {at}, after VACUUM", await anatomy.FetchOnlyAsync()));
        results.Add(($"  report read {at}, after VACUUM (median / p95 of {Reads})", await ReadLatencyAsync(store, range)));
    }

    private static async Task RebuildLearningReportAsync(DocumentStore store)
    {
        using var daemon = await store.BuildProjectionDaemonAsync();
        await daemon.RebuildProjectionAsync(LearningReportProjection.Name, TimeSpan.FromMinutes(30), CancellationToken.None);
    }

    /// <summary>What an endpoint does for a 25-month learning report over every service, minus HTTP.</summary>
    private static async Task<string> ReadLatencyAsync(DocumentStore store, MonthRange range)
    {
        var reader = new ReportReader(store, new ProjectionLag(store, TimeProvider.System), TimeProvider.System);
        var timings = new List<double>();
        for (var i = 0; i < Reads + 5; i++)
        {
            var clock = Stopwatch.StartNew();
            var summary = LearningSummary.Of(await reader.ReadAsync(Tenant, range, null, CancellationToken.None));
            if (i >= 5) timings.Add(clock.Elapsed.TotalMilliseconds);
            if (summary.ComplaintsReceived == 0) throw new InvalidOperationException("The report is empty: nothing was projected.");
        }

        timings.Sort();
        return $"{timings[timings.Count / 2]:N1} ms / {timings[(int)(timings.Count * 0.95)]:N1} ms";
    }

    /// <summary>Every row and column of the events table, in sequence order, read and dropped.</summary>
    private static async Task<(long Events, TimeSpan Took)> SequentialReadAsync(string connectionString)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        var clock = Stopwatch.StartNew();
        await using var command = new NpgsqlCommand($"select seq_id, id, stream_id, version, data, type, timestamp, tenant_id, mt_dotnet_type from {EventStoreSetup.Schema}.mt_events order by seq_id", connection);
        await using var reader = await command.ExecuteReaderAsync();
        long count = 0, bytes = 0;
        while (await reader.ReadAsync())
        {
            count++;
            bytes += reader.GetString(4).Length;
        }

        return (count, clock.Elapsed);
    }
}
