using System.Globalization;
using System.Text;

namespace CaseTracker.LoadGenerator;

/// <summary>Every request of a run, with throughput, latency percentiles and errors per operation.</summary>
public sealed record LoadResult(string Mix, int Clients, TimeSpan Elapsed, IReadOnlyList<Sample> Samples, IReadOnlyList<Guid> CasesRaised)
{
    /// <summary>Several runs of the same kind as one: their requests together over their times added up.</summary>
    public static LoadResult Combine(IReadOnlyList<LoadResult> runs) => new(
        runs[0].Mix, runs[0].Clients, TimeSpan.FromTicks(runs.Sum(r => r.Elapsed.Ticks)),
        runs.SelectMany(r => r.Samples).ToList(), runs.SelectMany(r => r.CasesRaised).ToList());

    public double Throughput(Func<Operation, bool>? which = null) =>
        Samples.Count(s => s.Succeeded && (which?.Invoke(s.Operation) ?? true)) / Elapsed.TotalSeconds;

    /// <summary>The latency below which the given share of successful requests finished (nearest rank over all of them).</summary>
    public double Percentile(double share, Func<Operation, bool>? which = null)
    {
        var sorted = Samples.Where(s => s.Succeeded && (which?.Invoke(s.Operation) ?? true)).Select(s => s.Milliseconds).Order().ToList();
        if (sorted.Count == 0) return double.NaN;
        var rank = (int)Math.Ceiling(share * sorted.Count) - 1;
        return sorted[Math.Clamp(rank, 0, sorted.Count - 1)];
    }

    public int Errors(Func<Operation, bool>? which = null) => Samples.Count(s => !s.Succeeded && (which?.Invoke(s.Operation) ?? true));

    /// <summary>Failed requests by operation and status, e.g. "AddNote 409 × 3".</summary>
    public IEnumerable<string> ErrorSummary() =>
        Samples.Where(s => !s.Succeeded).GroupBy(s => (s.Operation, s.Status)).OrderByDescending(g => g.Count())
            .Select(g => $"{g.Key.Operation} {(g.Key.Status == 0 ? "no answer" : g.Key.Status.ToString(CultureInfo.InvariantCulture))} × {g.Count():N0}");

    /// <summary>A Markdown table: one row per operation and one for all of them.</summary>
    public string Table()
    {
        var text = new StringBuilder();
        text.AppendLine("| operation | requests | per second | p50 ms | p95 ms | p99 ms | errors |");
        text.AppendLine("| --- | ---: | ---: | ---: | ---: | ---: | ---: |");
        foreach (var operation in Enum.GetValues<Operation>().Where(o => Samples.Any(s => s.Operation == o)))
            text.AppendLine(Row(operation.ToString(), o => o == operation));
        text.AppendLine(Row("**all**", null));
        return text.ToString();
    }

    private string Row(string name, Func<Operation, bool>? which) =>
        string.Create(CultureInfo.InvariantCulture,
            $"| {name} | {Samples.Count(s => which?.Invoke(s.Operation) ?? true):N0} | {Throughput(which):N1} | {Percentile(0.50, which):N1} | {Percentile(0.95, which):N1} | {Percentile(0.99, which):N1} | {Errors(which):N0} |");
}
