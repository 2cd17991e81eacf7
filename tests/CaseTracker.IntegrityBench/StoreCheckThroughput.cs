using System.Diagnostics;
using CaseTracker.Api.Audit;
using CaseTracker.Api.Audit.Integrity;
using Marten;

namespace CaseTracker.IntegrityBench;

/// <summary>
/// Fills a chained store with a large tenant and a small one, then runs the store-wide check on each
/// and on the whole store, sampling the managed heap while it runs: if the check streams, the heap
/// stays flat whatever the number of events.
/// </summary>
internal static class StoreCheckThroughput
{
    public static async Task Run(string connectionString, int events, int eventsPerCase)
    {
        await using var store = await BenchStores.Create(connectionString, chained: true, TimeProvider.System);
        Console.WriteLine($"store-wide check: filling {events:N0} events in cases of {eventsPerCase} ...");
        var fill = Stopwatch.StartNew();
        await Fill(store, "large", events, eventsPerCase);
        await Fill(store, "small", events / 10, eventsPerCase);
        Console.WriteLine($"  filled in {fill.Elapsed.TotalSeconds:F0} s");

        var check = new StoreIntegrityCheck(new AuditDatabase(store));
        await Measure(check, "small", "one tenant, a tenth of the events");
        await Measure(check, "large", "one tenant");
        await Measure(check, null, "whole store");
    }

    private static async Task Fill(DocumentStore store, string tenant, int events, int eventsPerCase)
    {
        const int CasesPerTransaction = 20;
        var cases = events / eventsPerCase;
        for (var first = 0; first < cases; first += CasesPerTransaction)
        {
            await using var session = store.LightweightSession(tenant);
            session.LastModifiedBy = "alice";
            for (var c = first; c < Math.Min(first + CasesPerTransaction, cases); c++)
            {
                var id = Guid.CreateVersion7();
                var at = DateTimeOffset.UtcNow;
                session.Events.StartStream(id, [SampleEvents.Raised(id, c, at), .. Enumerable.Range(1, eventsPerCase - 1).Select(n => SampleEvents.Step(n, at))]);
            }

            await session.SaveChangesAsync();
        }
    }

    private static async Task Measure(StoreIntegrityCheck check, string? tenant, string what)
    {
        GC.Collect();
        GC.WaitForPendingFinalizers();
        GC.Collect();
        var heapBefore = GC.GetTotalMemory(forceFullCollection: false);
        var allocatedBefore = GC.GetTotalAllocatedBytes(precise: true);
        long peakHeap = heapBefore;
        using var sampling = new CancellationTokenSource();
        var sampler = Task.Run(async () =>
        {
            while (!sampling.IsCancellationRequested)
            {
                peakHeap = Math.Max(peakHeap, GC.GetTotalMemory(forceFullCollection: false));
                try { await Task.Delay(5, sampling.Token); } catch (OperationCanceledException) { return; }
            }
        });

        var watch = Stopwatch.StartNew();
        long broken = 0;
        var summary = await check.Run(tenant, _ => { }, _ => broken++, CancellationToken.None);
        watch.Stop();
        await sampling.CancelAsync();
        await sampler;

        using var process = Process.GetCurrentProcess();
        Console.WriteLine($"  {what}: {summary.Events:N0} events in {summary.Streams:N0} cases, {watch.Elapsed.TotalSeconds:F2} s, "
            + $"{summary.Events / watch.Elapsed.TotalSeconds:N0} events/s; managed heap peak {(peakHeap - heapBefore) / 1024.0 / 1024.0:F1} MiB above start "
            + $"(start {heapBefore / 1024.0 / 1024.0:F1} MiB); allocated {(GC.GetTotalAllocatedBytes(precise: true) - allocatedBefore) / 1024.0 / 1024.0:F0} MiB in total; "
            + $"process working set {process.WorkingSet64 / 1024.0 / 1024.0:F0} MiB; broken {broken}; valid {summary.Valid}");
    }
}
