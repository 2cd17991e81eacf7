using System.Diagnostics;

namespace CaseTracker.LoadGenerator;

/// <summary>
/// Runs N simulated caseworkers at once, each sending its next request as soon as the last one is
/// answered (a closed loop), for a fixed time. Requests in flight when time is up are finished and counted.
/// </summary>
public static class LoadRun
{
    public static async Task<LoadResult> RunAsync(
        Func<int, ICaseTarget> targetFor, Mix mix, int clients, TimeSpan duration, int seed,
        IReadOnlyList<Guid>? sharedCases = null, bool progress = false, CancellationToken ct = default)
    {
        var samples = new List<Sample>[clients];
        var workloads = new ClientWorkload[clients];
        var live = new LiveCounters();
        var clock = Stopwatch.StartNew();
        using var ticker = progress ? new Timer(_ => live.Print(clock.Elapsed, duration), null, TimeSpan.FromSeconds(1), TimeSpan.FromSeconds(1)) : null;

        var running = Enumerable.Range(0, clients).Select(client => Task.Run(async () =>
        {
            var target = targetFor(client);
            var workload = workloads[client] = new ClientWorkload(mix, seed * 1_000 + client, sharedCases ?? []);
            var mine = samples[client] = new List<Sample>(capacity: 4_096);
            while (clock.Elapsed < duration && !ct.IsCancellationRequested)
            {
                var request = workload.Next();
                var started = Stopwatch.GetTimestamp();
                Outcome outcome;
                try
                {
                    outcome = await target.RunAsync(request, ct);
                }
                catch (Exception e) when (e is HttpRequestException or TaskCanceledException or IOException)
                {
                    // No answer at all (connection refused or reset, timeout): counted as status 0.
                    outcome = new Outcome(0);
                }

                var took = Stopwatch.GetElapsedTime(started);
                workload.Observe(request, outcome);
                mine.Add(new Sample(request.Operation, outcome.Status, took.TotalMilliseconds));
                live.Count(outcome.Succeeded);
            }
        }, ct)).ToList();
        await Task.WhenAll(running);
        var elapsed = clock.Elapsed;
        if (progress) Console.Error.Write("\r" + new string(' ', 100) + "\r");

        return new LoadResult(mix.Name, clients, elapsed, samples.SelectMany(s => s).ToList(), workloads.SelectMany(w => w.OwnCases).ToList());
    }

    /// <summary>What the progress line shows: updated by every client, read once a second.</summary>
    private sealed class LiveCounters
    {
        private long _done;
        private long _failed;
        private long _lastDone;

        public void Count(bool succeeded)
        {
            Interlocked.Increment(ref _done);
            if (!succeeded) Interlocked.Increment(ref _failed);
        }

        public void Print(TimeSpan elapsed, TimeSpan duration)
        {
            var done = Interlocked.Read(ref _done);
            var lastSecond = done - Interlocked.Exchange(ref _lastDone, done);
            Console.Error.Write($"\r  {elapsed.TotalSeconds,5:N0} s of {duration.TotalSeconds:N0}  {done,9:N0} requests  {lastSecond,6:N0}/s  errors {Interlocked.Read(ref _failed):N0}   ");
        }
    }
}

/// <summary>One answered request: what it was, how it ended and how long it took.</summary>
public readonly record struct Sample(Operation Operation, int Status, double Milliseconds)
{
    public bool Succeeded => Status is >= 200 and < 300;
}
