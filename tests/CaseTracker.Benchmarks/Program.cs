namespace CaseTracker.Benchmarks;

/// <summary>One subcommand per benchmark; ./eng/bench.sh passes its arguments through.</summary>
/// <remarks>Not top-level statements: those would make a second Program beside the API's, which the benchmarks host.</remarks>
public static class BenchmarkCommands
{
    public static async Task<int> Main(string[] args) => args.FirstOrDefault() switch
    {
        "reports" => await LearningReportBenchmark.RunAsync(args[1..]),
        "throughput" => await ThroughputBenchmark.RunAsync(args[1..], Figures()),
        "coldstart" => await ColdStartBenchmark.RunAsync(args[1..]),
        "nodes" => await NodesBenchmark.RunAsync(args[1..], Figures()),
        _ => Usage(),
    };

    /// <summary>
    /// Where the figures go: stdout, kept for them alone. The hosted API prints to the console as it starts
    /// and stops (and JasperFx when its command runner returns), so everything else is sent to stderr.
    /// </summary>
    private static TextWriter Figures()
    {
        var stdout = Console.Out;
        Console.SetOut(Console.Error);
        return stdout;
    }

    private static int Usage()
    {
        Console.Error.WriteLine("""
            Usage (needs CASETRACKER_BENCH_DB, as ./eng/bench.sh sets):
              CaseTracker.Benchmarks reports [--events N]
              CaseTracker.Benchmarks throughput [--clients N] [--seconds S] [--rounds R] [--events N]
              CaseTracker.Benchmarks coldstart --dynamic API.dll --static API.dll [--rounds R]
              CaseTracker.Benchmarks nodes [--clients N] [--seconds S]
            """);
        return 2;
    }
}
