using CaseTracker.IntegrityBench;

// Usage: CaseTracker.IntegrityBench CONNECTION_STRING [seal|append|append-service|check|all]
// ./eng/bench.sh integrity starts a throwaway PostgreSQL and runs it; see docs/benchmarks.md.
if (args.Length < 1)
{
    Console.Error.WriteLine("usage: CaseTracker.IntegrityBench CONNECTION_STRING [seal|append|append-service|check|all]");
    return 2;
}

var what = args.Length > 1 ? args[1] : "all";
Console.WriteLine($"{DateTimeOffset.UtcNow:u}, {Environment.ProcessorCount} cores, .NET {Environment.Version}");
if (what is "seal" or "all") SealingCost.Run(20_000);
if (what is "append" or "all") await AppendThroughput.Run(args[0], streams: 200, eventsPerRound: 4_000, rounds: 6, writers: 4, readModels: false);
if (what is "append-service" or "all") await AppendThroughput.Run(args[0], streams: 200, eventsPerRound: 4_000, rounds: 6, writers: 4, readModels: true);
if (what is "check" or "all") await StoreCheckThroughput.Run(args[0], events: 100_000, eventsPerCase: 20);
return 0;
