using CaseTracker.Benchmarks;

// One subcommand per benchmark; ./eng/bench.sh passes its arguments through.
return args.FirstOrDefault() switch
{
    "reports" => await LearningReportBenchmark.RunAsync(args[1..]),
    _ => Usage(),
};

static int Usage()
{
    Console.Error.WriteLine("Usage: CaseTracker.Benchmarks reports [--events N] (needs CASETRACKER_BENCH_DB, as ./eng/bench.sh sets)");
    return 2;
}
