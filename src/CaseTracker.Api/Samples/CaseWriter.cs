using CaseTracker.Api.Cases.Raising;
using CaseTracker.Domain.Calendar;
using CaseTracker.Domain.Cases;
using Marten;

namespace CaseTracker.Api.Samples;

/// <summary>How far a write has got.</summary>
public sealed record WriteProgress(int Cases, int Events, int TotalCases);

/// <summary>
/// Writes scripted cases to the event store: each script played through the real decider, given the
/// next reference of its year, and appended as a new stream. A batch of streams goes in one
/// transaction together with the reference counters, so references stay unique and gap-free
/// (a batch that fails takes its numbers back with it).
/// </summary>
public sealed class CaseWriter(IDocumentStore store, WorkingDayCalendar calendar)
{
    /// <summary>Recorded as the user who wrote the events; the people acting in each case are in the events themselves.</summary>
    public const string LoadedBy = "sample-data";

    /// <returns>The number of events written.</returns>
    public async Task<int> WriteAsync(
        string tenant, IReadOnlyList<SampleCaseScript> scripts, DateTimeOffset now, int batchSize,
        IProgress<WriteProgress>? progress = null, CancellationToken ct = default)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(batchSize, 1);
        var ordered = scripts.OrderBy(s => s.OpenedAt).ToList();
        int cases = 0, events = 0;
        foreach (var batch in ordered.Chunk(batchSize))
        {
            events += await WriteBatchAsync(tenant, batch, now, ct);
            cases += batch.Length;
            progress?.Report(new WriteProgress(cases, events, ordered.Count));
        }

        return events;
    }

    private async Task<int> WriteBatchAsync(string tenant, IReadOnlyList<SampleCaseScript> batch, DateTimeOffset now, CancellationToken ct)
    {
        await using var session = store.LightweightSession(tenant);
        session.LastModifiedBy = LoadedBy;
        var years = batch.Select(s => calendar.DayOf(s.OpenedAt).Year).Distinct().ToList();
        var loaded = (await session.LoadManyAsync<CaseReferenceCounter>(ct, years.Select(CaseReferenceCounter.IdFor))).ToDictionary(c => c.Id);
        var counters = years.ToDictionary(
            year => year,
            year => loaded.GetValueOrDefault(CaseReferenceCounter.IdFor(year)) ?? new CaseReferenceCounter { Id = CaseReferenceCounter.IdFor(year) });

        var written = 0;
        foreach (var script in batch)
        {
            var year = calendar.DayOf(script.OpenedAt).Year;
            var counter = counters[year];
            counter.Last++;
            var events = script.Play(CaseReferenceCounter.Format(year, counter.Last), calendar, now);
            session.Events.StartStream<CaseState>(script.Id, events);
            written += events.Count;
        }

        foreach (var counter in counters.Values)
        {
            if (loaded.ContainsKey(counter.Id)) session.Update(counter);
            else session.Insert(counter);
        }

        await session.SaveChangesAsync(ct);
        return written;
    }
}
