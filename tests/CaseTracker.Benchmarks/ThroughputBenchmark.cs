using System.Globalization;
using CaseTracker.Api.Hosting;
using CaseTracker.Domain.Calendar;
using CaseTracker.LoadGenerator;
using Marten;
using Marten.Events.Daemon.Coordination;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;

namespace CaseTracker.Benchmarks;

/// <summary>
/// The same workload three ways, in one process against one database: (a) over HTTP through the real
/// host on Kestrel, (b) the same endpoint code in-process without HTTP, (c) raw Npgsql, the floor.
/// Commands first, then single-case reads; then latency with one client on a near-empty store and
/// again after filling the store with generated histories. Prints Markdown tables and the ratios.
/// </summary>
public static class ThroughputBenchmark
{
    private const string Tenant = "bench";
    private const string Role = "handler";
    private const int WarmUpSeconds = 10;
    private const int IdleSeconds = 10;

    public static async Task<int> RunAsync(string[] args, TextWriter figures)
    {
        var options = ThroughputOptions.Parse(args);
        var connection = await BenchDatabase.CreateAsync("casetracker_throughput");
        await using var host = new BenchHost(connection);
        var url = host.Start();
        var tokens = host.Tokens;
        using var http = HttpCaseTarget.SharedClient(url, options.Clients);
        // The floor prepares its statements as the service does, so neither side is measured without them.
        await using var raw = NpgsqlDataSource.Create(EventStoreSetup.WithPreparedStatements(connection));
        await RawFloor.CreateTablesAsync(raw);
        Cpu = await CpuMeter.ForServerAsync(connection);

        static string UserFor(int client) => $"bench-{client + 1:D3}";
        var ways = new Way[]
        {
            new("(a) HTTP, through the API", c => new HttpCaseTarget(http, tokens.For(UserFor(c), Role, Tenant))),
            new("(b) in-process, no HTTP", c => new InProcessCaseTarget(host.Services, BenchHost.User(UserFor(c), Role, Tenant))),
            new("(c) raw Npgsql (the floor)", c => new RawFloor(raw, Tenant, UserFor(c))),
        };
        var (overHttp, inProcess) = (ways[0], ways[1]);
        var cases = new List<Guid>();

        Console.Error.WriteLine($"Service at {url}; {options.Clients} clients, {options.Seconds} s a run, {options.Rounds} rounds.");
        // Warm-up: Wolverine's endpoint code (generated on first use), JIT tiers, connection pools; and cases to read later.
        foreach (var way in ways)
        {
            var warm = await Run(way, Mix.Commands, options.Clients, WarmUpSeconds, seed: 99, null);
            if (way != ways[2]) cases.AddRange(warm.Result.CasesRaised);
        }

        await Run(overHttp, Mix.Reads, options.Clients, WarmUpSeconds / 2, seed: 98, cases);
        await Run(overHttp, Mix.Commands, 1, WarmUpSeconds / 2, seed: 97, null);

        await SettleAsync();
        // What the service costs doing nothing (scheduled-job polling, projection daemon, metrics): background
        // to every figure below, weighing most where there are fewest requests.
        var idleFrom = Cpu.Read();
        await Task.Delay(TimeSpan.FromSeconds(IdleSeconds));
        var idle = Cpu.Read();
        Console.Error.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"  idle for {IdleSeconds} s: this process {(idle.App - idleFrom.App).TotalMilliseconds / IdleSeconds:N0} ms CPU a second, PostgreSQL {(idle.Database - idleFrom.Database).TotalMilliseconds / IdleSeconds:N0} ms"));

        var emptyEvents = await EventCount(host);
        var emptyCommands = await Run(overHttp, Mix.Commands, 1, options.Seconds, seed: 7, null);
        var emptyReads = await Run(overHttp, Mix.Reads, 1, options.Seconds, seed: 7, cases);

        var commands = ways.ToDictionary(w => w, _ => new List<Measured>());
        var reads = ways.ToDictionary(w => w, _ => new List<Measured>());
        for (var round = 0; round < options.Rounds; round++)
        {
            // Each round starts with a different way, so no way always runs on the warmest (or most crowded) database.
            foreach (var way in ways.Skip(round % ways.Length).Concat(ways.Take(round % ways.Length)))
            {
                var run = await Run(way, Mix.Commands, options.Clients, options.Seconds, seed: round + 1, null);
                commands[way].Add(run);
                if (way != ways[2]) cases.AddRange(run.Result.CasesRaised);
            }
        }

        // The same in-process commands with the learning reports' background projection paused: how much of a
        // command's cost is that projection catching up with it (it runs once the pause ends).
        var coordinator = host.Services.GetRequiredService<IProjectionCoordinator>();
        await coordinator.PauseAsync();
        var withoutDaemon = await Run(inProcess with { Name = "(b) in-process, reports paused" }, Mix.Commands, options.Clients, options.Seconds, seed: 5, null);
        await coordinator.ResumeAsync();
        await AsyncProjectionsCaughtUp(host.Services.GetRequiredService<IDocumentStore>());

        for (var round = 0; round < options.Rounds; round++)
        {
            foreach (var way in ways.Skip(round % ways.Length).Concat(ways.Take(round % ways.Length)))
                reads[way].Add(await Run(way, Mix.Reads, options.Clients, options.Seconds, seed: round + 1, cases));
        }

        Measured? fullCommands = null, fullReads = null, fullThroughput = null;
        long fullEvents = 0;
        string? filled = null;
        if (options.Events > 0)
        {
            var store = host.Services.GetRequiredService<IDocumentStore>();
            var filler = new StoreFiller(store, host.Services.GetRequiredService<WorkingDayCalendar>(), Tenant, months: 24, DateTimeOffset.UtcNow);
            // The learning reports catch up once after the fill rather than all through it (as after a data migration).
            await coordinator.PauseAsync();
            await filler.WriteUntilAsync(options.Events - await EventCount(host));
            await coordinator.ResumeAsync();
            filled = $"{filler.Cases:N0} generated cases, {filler.Events:N0} events in {filler.Writing.TotalSeconds:N0} s ({filler.Events / filler.Writing.TotalSeconds:N0} events/s)";
            Console.Error.WriteLine($"  filled: {filled}");
            await AsyncProjectionsCaughtUp(store);
            fullEvents = await EventCount(host);
            fullCommands = await Run(overHttp, Mix.Commands, 1, options.Seconds, seed: 7, null);
            fullReads = await Run(overHttp, Mix.Reads, 1, options.Seconds, seed: 7, cases);
            fullThroughput = await Run(overHttp, Mix.Commands, options.Clients, options.Seconds, seed: 11, null);
        }

        var report = new ThroughputReport(figures, options, ways.Select(w => (w.Name, Measured.Combine(commands[w]), Measured.Combine(reads[w]))).ToList());
        report.Print();
        figures.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"With the learning reports' background projection paused, in-process commands ran at {withoutDaemon.Result.Throughput():N0}/s (p50 {withoutDaemon.Result.Percentile(0.5):N1} ms), costing {withoutDaemon.AppCpuPerRequest:N2} ms of CPU here and {withoutDaemon.DatabaseCpuPerRequest:N2} ms in PostgreSQL per command: the projection's catching up is the difference."));
        figures.WriteLine();
        figures.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"Idle, the service used {(idle.App - idleFrom.App).TotalMilliseconds / IdleSeconds:N0} ms of CPU a second and PostgreSQL {(idle.Database - idleFrom.Database).TotalMilliseconds / IdleSeconds:N0} ms (measured over {IdleSeconds} s after the warm-up); the CPU figures per request include that background share."));
        figures.WriteLine();
        report.PrintLatency(emptyEvents, emptyCommands.Result, emptyReads.Result, fullEvents, fullCommands?.Result, fullReads?.Result, filled);
        if (fullThroughput?.Result is { } atScale)
        {
            var before = Measured.Combine(commands[overHttp]).Result;
            figures.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"HTTP commands with {options.Clients} clients at {fullEvents:N0} events: {atScale.Throughput():N0}/s (p50 {atScale.Percentile(0.5):N1} ms, p95 {atScale.Percentile(0.95):N1} ms), against {before.Throughput():N0}/s before filling: {atScale.Throughput() / before.Throughput():P0}."));
        }

        return 0;
    }

    /// <summary>A run with the CPU time it cost this process (service and clients) and the database server.</summary>
    public sealed record Measured(LoadResult Result, TimeSpan AppCpu, TimeSpan DatabaseCpu)
    {
        public double AppCpuPerRequest => AppCpu.TotalMilliseconds / Math.Max(1, Result.Samples.Count);

        public double DatabaseCpuPerRequest => DatabaseCpu.TotalMilliseconds / Math.Max(1, Result.Samples.Count);

        public static Measured Combine(IReadOnlyList<Measured> runs) => new(
            LoadResult.Combine(runs.Select(r => r.Result).ToList()),
            TimeSpan.FromTicks(runs.Sum(r => r.AppCpu.Ticks)), TimeSpan.FromTicks(runs.Sum(r => r.DatabaseCpu.Ticks)));
    }

    private sealed record Way(string Name, Func<int, ICaseTarget> Target);

    private static async Task<Measured> Run(Way way, Mix mix, int clients, int seconds, int seed, IReadOnlyList<Guid>? cases)
    {
        var before = Cpu.Read();
        var result = await LoadRun.RunAsync(way.Target, mix, clients, TimeSpan.FromSeconds(seconds), seed, cases, progress: !Console.IsErrorRedirected);
        var after = Cpu.Read();
        var measured = new Measured(result, after.App - before.App, after.Database - before.Database);
        Console.Error.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"  {way.Name,-28} {mix.Name,-8} {clients,2} clients {seconds,3} s: {result.Throughput(),8:N1}/s  p50 {result.Percentile(0.5),6:N1} ms  p95 {result.Percentile(0.95),6:N1} ms  CPU/request app {measured.AppCpuPerRequest:N2} ms, PostgreSQL {measured.DatabaseCpuPerRequest:N2} ms  errors {result.Errors():N0} {string.Join(", ", result.ErrorSummary().Take(3))}"));
        return measured;
    }

    private static CpuMeter Cpu { get; set; } = new(null);

    /// <summary>
    /// Waits (up to a minute) until this process is nearly idle: after the warm-up the JIT goes on compiling hot
    /// methods again, optimised, in the background for some seconds; measured then, the first figures would pay for it.
    /// </summary>
    private static async Task SettleAsync()
    {
        for (var waited = 0; waited < 30; waited++)
        {
            var from = Cpu.Read();
            await Task.Delay(TimeSpan.FromSeconds(2));
            var busy = (Cpu.Read().App - from.App).TotalMilliseconds / 2;
            Console.Error.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  settling: this process used {busy:N0} ms of CPU a second"));
            if (busy < 100) return;
        }
    }

    private static async Task<long> EventCount(BenchHost host) =>
        (await host.Services.GetRequiredService<IDocumentStore>().Advanced.FetchEventStoreStatistics()).EventCount;

    /// <summary>Waits until the background projections (the learning reports) have caught up, so that they do not share the CPU with what is measured next.</summary>
    private static async Task AsyncProjectionsCaughtUp(IDocumentStore store)
    {
        var last = (await store.Advanced.FetchEventStoreStatistics()).EventSequenceNumber;
        var deadline = DateTime.UtcNow.AddMinutes(15);
        while (DateTime.UtcNow < deadline)
        {
            var progress = await store.Advanced.AllProjectionProgress();
            var behind = progress.Where(p => p.Sequence < last).ToList();
            if (progress.Count > 0 && behind.Count == 0) return;
            Console.Error.WriteLine($"  waiting for {string.Join(", ", behind.Select(p => $"{p.ShardName} at {p.Sequence:N0}"))} to reach {last:N0}");
            await Task.Delay(TimeSpan.FromSeconds(10));
        }

        Console.Error.WriteLine("  the background projections did not catch up within 15 minutes; measuring anyway");
    }
}

/// <summary>The throughput subcommand's arguments.</summary>
public sealed record ThroughputOptions(int Clients, int Seconds, int Rounds, long Events)
{
    public static ThroughputOptions Parse(string[] args)
    {
        var options = new ThroughputOptions(Clients: 8, Seconds: 20, Rounds: 2, Events: 1_000_000);
        for (var i = 0; i + 1 < args.Length; i += 2)
        {
            var value = long.Parse(args[i + 1], CultureInfo.InvariantCulture);
            options = args[i] switch
            {
                "--clients" => options with { Clients = (int)value },
                "--seconds" => options with { Seconds = (int)value },
                "--rounds" => options with { Rounds = (int)value },
                "--events" => options with { Events = value },
                _ => throw new ArgumentException($"Unknown option {args[i]}. Usage: throughput [--clients N] [--seconds S] [--rounds R] [--events N]"),
            };
        }

        return options;
    }
}
