using CaseTracker.Domain.Cases;
using JasperFx.Events;
using Marten.Events.Aggregation;

namespace CaseTracker.Api.Projections;

/// <summary>Lets Marten rebuild the decider's state live from a stream, using the domain's own pure Evolve.</summary>
public sealed class CaseStateProjection : SingleStreamProjection<CaseState, Guid>
{
    public override CaseState? Evolve(CaseState? snapshot, Guid id, IEvent e) => CaseState.Evolve(snapshot, e.Data);
}
