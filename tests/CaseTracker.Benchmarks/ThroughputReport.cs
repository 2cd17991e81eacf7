using System.Globalization;
using CaseTracker.LoadGenerator;

namespace CaseTracker.Benchmarks;

/// <summary>The throughput benchmark's figures as Markdown, with each ratio set against its goal.</summary>
public sealed record ThroughputReport(TextWriter Out, ThroughputOptions Options, IReadOnlyList<(string Way, ThroughputBenchmark.Measured Commands, ThroughputBenchmark.Measured Reads)> Ways)
{
    public void Print()
    {
        Out.WriteLine($"### Commands ({Options.Clients} concurrent clients, {Options.Rounds} × {Options.Seconds} s each way; raise, acknowledge, note, apologise in 2:2:4:1)");
        Out.WriteLine();
        Table(w => w.Commands, "commands/s");
        var (http, inProcess, floor) = (Ways[0].Commands.Result.Throughput(), Ways[1].Commands.Result.Throughput(), Ways[2].Commands.Result.Throughput());
        Ratio("HTTP / in-process", http / inProcess, 0.60);
        Ratio("in-process / floor", inProcess / floor, 0.40);
        Out.WriteLine(Line($"- (HTTP / floor: {http / floor:P1})"));
        Out.WriteLine();
        Out.WriteLine("Each command kind on its own (per second, and p50):");
        Out.WriteLine();
        Out.WriteLine($"| command | {string.Join(" | ", Ways.Select(w => w.Way))} |");
        Out.WriteLine($"| --- |{string.Concat(Ways.Select(_ => " ---: |"))}");
        foreach (var operation in Enum.GetValues<Operation>().Where(o => o.IsCommand()))
        {
            Out.WriteLine(Line($"| {operation} | {string.Join(" | ", Ways.Select(w => Line($"{w.Commands.Result.Throughput(o => o == operation):N0}/s, {w.Commands.Result.Percentile(0.5, o => o == operation):N1} ms")))} |"));
        }

        Out.WriteLine();

        Out.WriteLine($"### Reads of one case ({Options.Clients} concurrent clients, {Options.Rounds} × {Options.Seconds} s each way; summary and timeline, half each)");
        Out.WriteLine();
        Table(w => w.Reads, "reads/s");
        var (httpReads, inProcessReads, rawReads) = (Ways[0].Reads.Result.Throughput(), Ways[1].Reads.Result.Throughput(), Ways[2].Reads.Result.Throughput());
        Ratio("HTTP / raw select", httpReads / rawReads, 0.50);
        Out.WriteLine(Line($"- (in-process / raw select: {inProcessReads / rawReads:P1}; HTTP / in-process: {httpReads / inProcessReads:P1})"));
        Out.WriteLine();
    }

    public void PrintLatency(long emptyEvents, LoadResult emptyCommands, LoadResult emptyReads, long fullEvents, LoadResult? fullCommands, LoadResult? fullReads, string? filled)
    {
        Out.WriteLine("### Latency with one client, over HTTP: a near-empty store and a full one");
        Out.WriteLine();
        Out.WriteLine("| events in the store | command p50 | command p95 | read p50 | read p95 | errors |");
        Out.WriteLine("| ---: | ---: | ---: | ---: | ---: | ---: |");
        Out.WriteLine(Row(emptyEvents, emptyCommands, emptyReads));
        if (fullCommands is null || fullReads is null) return;
        Out.WriteLine(Row(fullEvents, fullCommands, fullReads));
        Out.WriteLine();
        Out.WriteLine($"Filled with {filled}.");
        Out.WriteLine();
        Ratio("command p50, full / empty", fullCommands.Percentile(0.5) / emptyCommands.Percentile(0.5), 1.25, higherIsBetter: false);
        Ratio("command p95, full / empty", fullCommands.Percentile(0.95) / emptyCommands.Percentile(0.95), 1.25, higherIsBetter: false);
        Ratio("read p50, full / empty", fullReads.Percentile(0.5) / emptyReads.Percentile(0.5), 1.25, higherIsBetter: false);
        Ratio("read p95, full / empty", fullReads.Percentile(0.95) / emptyReads.Percentile(0.95), 1.25, higherIsBetter: false);
        Out.WriteLine();
    }

    private void Table(Func<(string Way, ThroughputBenchmark.Measured Commands, ThroughputBenchmark.Measured Reads), ThroughputBenchmark.Measured> pick, string unit)
    {
        Out.WriteLine($"| way | {unit} | p50 ms | p95 ms | p99 ms | errors | CPU ms per request: this process | PostgreSQL |");
        Out.WriteLine("| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: |");
        foreach (var way in Ways)
        {
            var m = pick(way);
            var r = m.Result;
            Out.WriteLine(Line($"| {way.Way} | {r.Throughput():N0} | {r.Percentile(0.5):N1} | {r.Percentile(0.95):N1} | {r.Percentile(0.99):N1} | {r.Errors():N0} | {m.AppCpuPerRequest:N2} | {m.DatabaseCpuPerRequest:N2} |"));
        }

        Out.WriteLine();
    }

    private static string Row(long events, LoadResult commands, LoadResult reads) =>
        Line($"| {events:N0} | {commands.Percentile(0.5):N1} ms | {commands.Percentile(0.95):N1} ms | {reads.Percentile(0.5):N1} ms | {reads.Percentile(0.95):N1} ms | {commands.Errors() + reads.Errors():N0} |");

    private void Ratio(string what, double ratio, double goal, bool higherIsBetter = true)
    {
        var met = higherIsBetter ? ratio >= goal : ratio <= goal;
        var shown = higherIsBetter ? $"{ratio:P1} (goal ≥ {goal:P0})" : $"{ratio:N2}× (goal ≤ {goal:N2}×)";
        Out.WriteLine(Line($"- {what}: **{shown}** — {(met ? "met" : "missed")}"));
    }

    private static string Line(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
