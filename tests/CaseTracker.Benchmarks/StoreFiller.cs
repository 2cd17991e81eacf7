using System.Diagnostics;
using CaseTracker.Api.Samples;
using CaseTracker.Api.Samples.Generation;
using CaseTracker.Domain.Calendar;
using Marten;

namespace CaseTracker.Benchmarks;

/// <summary>
/// Fills a store with generated case histories (seed 2026, spread over the months before today), each
/// played through the decider and written with the inline projections, until it holds a given number of events.
/// </summary>
public sealed class StoreFiller(IDocumentStore store, WorkingDayCalendar calendar, string tenant, int months, DateTimeOffset now)
{
    private readonly IEnumerator<SampleCaseScript> _generator =
        new CaseHistoryGenerator(new SampleDays(calendar, calendar.DayOf(now)), seed: 2026).Generate(int.MaxValue, months).GetEnumerator();

    private readonly CaseWriter _writer = new(store, calendar);
    private readonly Stopwatch _writing = new();

    public long Events { get; private set; }

    public long Cases { get; private set; }

    public TimeSpan Writing => _writing.Elapsed;

    /// <summary>Writes on until <see cref="Events"/> (what this filler wrote) reaches <paramref name="wanted"/>, reporting on stderr every 10,000 cases.</summary>
    public async Task WriteUntilAsync(long wanted)
    {
        _writing.Start();
        while (Events < wanted)
        {
            // Small batches near the mark, so that it is not overshot by much.
            var size = wanted - Events < 20_000 ? 50 : 500;
            var batch = new List<SampleCaseScript>();
            for (var i = 0; i < size && _generator.MoveNext(); i++) batch.Add(_generator.Current);
            Events += await _writer.WriteAsync(tenant, batch, now, batchSize: size);
            Cases += batch.Count;
            if (Cases % 10_000 < size) Console.Error.WriteLine($"  written {Cases,9:N0} cases, {Events,11:N0} events, {Events / _writing.Elapsed.TotalSeconds,8:N0} events/s");
        }

        _writing.Stop();
    }
}
