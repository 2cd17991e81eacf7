using System.Diagnostics;
using CaseTracker.Api.Security;
using Marten;

namespace CaseTracker.Api.Cases;

/// <summary>
/// Opens Marten sessions bound to the actor's tenant and stamped with who is acting, so every
/// event records its user, tenant and correlation without each endpoint remembering to.
/// </summary>
public sealed class CaseSessions(IDocumentStore store)
{
    public IDocumentSession ForWriting(Actor actor, HttpContext? http = null)
    {
        var session = store.LightweightSession(actor.Tenant);
        session.LastModifiedBy = actor.UserId;
        session.CorrelationId = Activity.Current?.TraceId.ToString() ?? http?.TraceIdentifier;
        return session;
    }

    public IQuerySession ForReading(Actor actor) => store.QuerySession(actor.Tenant);
}
