using System.Diagnostics;
using Marten;
using Wolverine;
using Wolverine.Marten.Publishing;
using Wolverine.Runtime;

namespace CaseTracker.Api.Cases;

/// <summary>A write session and the Wolverine outbox enlisted in it: messages sent or scheduled on <see cref="Outbox"/> commit with the events, or not at all.</summary>
public sealed class CaseWrite(IDocumentSession session, IMessageBus outbox) : IAsyncDisposable
{
    public IDocumentSession Session { get; } = session;

    public IMessageBus Outbox { get; } = outbox;

    public ValueTask DisposeAsync() => Session.DisposeAsync();
}

/// <summary>
/// Opens Marten sessions bound to the actor's tenant and stamped with who is acting, so every
/// event records its user, tenant and correlation without each endpoint remembering to.
/// </summary>
public sealed class CaseSessions(IDocumentStore store, OutboxedSessionFactory outboxed, IWolverineRuntime wolverine)
{
    /// <summary>A fresh outbox per session, so a retried attempt never carries the messages of one that failed.</summary>
    public CaseWrite ForWriting(Actor actor, HttpContext? http = null)
    {
        var outbox = new MessageContext(wolverine, actor.Tenant);
        var session = outboxed.OpenSession(outbox, actor.Tenant);
        session.LastModifiedBy = actor.UserId;
        // The trace id: an auditor holding an event finds the trace of the request (or message) that wrote it.
        session.CorrelationId = Activity.Current?.TraceId.ToString() ?? http?.TraceIdentifier;
        // Duty checks scheduled on the outbox carry it on, so the overdue events they append point back too.
        if (session.CorrelationId is { } correlation) outbox.CorrelationId = correlation;
        return new CaseWrite(session, outbox);
    }

    public IQuerySession ForReading(Actor actor) => store.QuerySession(actor.Tenant);
}
