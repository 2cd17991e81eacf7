using System.Diagnostics;
using Marten;

namespace CaseTracker.IntegrityBench;

/// <summary>
/// Appends as the service does — one command, one transaction, one event to an existing case —
/// to a plain and a chained store in alternating rounds, so that both see the same machine state.
/// </summary>
internal static class AppendThroughput
{
    public static async Task Run(string connectionString, int streams, int eventsPerRound, int rounds, int writers, bool readModels)
    {
        var clock = TimeProvider.System;
        await using var plain = await BenchStores.Create(connectionString, chained: false, clock, readModels);
        await using var chained = await BenchStores.Create(connectionString, chained: true, clock, readModels);
        var plainIds = await Start(plain, streams);
        var chainedIds = await Start(chained, streams);
        // A full round each to warm up JIT, connection pools and PostgreSQL's caches before measuring.
        await Append(plain, plainIds, eventsPerRound, writers);
        await Append(chained, chainedIds, eventsPerRound, writers);

        double plainTotal = 0, chainedTotal = 0;
        var what = readModels ? "append with the inline read models (as in the service)" : "bare append";
        Console.WriteLine($"{what}: {writers} writers, one event per transaction, {eventsPerRound} events per round, {rounds} rounds");
        for (var round = 1; round <= rounds; round++)
        {
            var p = await Append(plain, plainIds, eventsPerRound, writers);
            var c = await Append(chained, chainedIds, eventsPerRound, writers);
            plainTotal += p;
            chainedTotal += c;
            Console.WriteLine($"  round {round}: without chain {p,8:F0} events/s   with chain {c,8:F0} events/s   ratio {c / p:P1}");
        }

        var ratio = chainedTotal / plainTotal;
        Console.WriteLine($"{what}, mean: without chain {plainTotal / rounds:F0} events/s, with chain {chainedTotal / rounds:F0} events/s; "
            + $"with/without = {ratio:P1}; the chain costs {1 - ratio:P1}");
    }

    private static async Task<Guid[]> Start(DocumentStore store, int streams)
    {
        var ids = Enumerable.Range(0, streams).Select(_ => Guid.CreateVersion7()).ToArray();
        await using var session = store.LightweightSession("bench");
        for (var i = 0; i < ids.Length; i++) session.Events.StartStream(ids[i], SampleEvents.Raised(ids[i], i, DateTimeOffset.UtcNow));
        await session.SaveChangesAsync();
        return ids;
    }

    private static async Task<double> Append(DocumentStore store, Guid[] ids, int events, int writers)
    {
        var next = -1;
        var watch = Stopwatch.StartNew();
        await Task.WhenAll(Enumerable.Range(0, writers).Select(async writer =>
        {
            // Each writer keeps to its own cases, as concurrent handlers mostly do.
            int n;
            while ((n = Interlocked.Increment(ref next)) < events)
            {
                var id = ids[(n % (ids.Length / writers)) * writers + writer];
                await using var session = store.LightweightSession("bench");
                session.LastModifiedBy = "alice";
                session.Events.Append(id, SampleEvents.Step(n, DateTimeOffset.UtcNow));
                await session.SaveChangesAsync();
            }
        }));
        return events / watch.Elapsed.TotalSeconds;
    }
}
