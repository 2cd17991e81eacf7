using System.Collections.Frozen;
using CaseTracker.Domain.Cases;

namespace CaseTracker.Api.Telemetry;

/// <summary>The last figures read from the store, for gauges to report without querying it themselves.</summary>
public sealed record StoreFigures(IReadOnlyDictionary<DutyKind, long> OverdueDuties, IReadOnlyList<ProjectionPosition> Projections)
{
    public static readonly StoreFigures None = new(FrozenDictionary<DutyKind, long>.Empty, []);
}

/// <summary>Holds the latest <see cref="StoreFigures"/>; swapped whole, so a reader never sees half a sample.</summary>
public sealed class StoreSample
{
    private volatile StoreFigures _latest = StoreFigures.None;

    public StoreFigures Latest => _latest;

    public void Keep(StoreFigures figures) => _latest = figures;
}
