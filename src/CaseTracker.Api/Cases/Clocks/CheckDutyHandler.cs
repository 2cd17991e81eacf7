using CaseTracker.Domain.Cases;
using JasperFx;
using Marten;

namespace CaseTracker.Api.Cases.Clocks;

/// <summary>
/// Answers a scheduled <see cref="CheckDuty"/>. It compares no clocks: the pure decider appends the
/// overdue event only if the duty is undone, still due by the checked date and not flagged for it yet.
/// The append is version-checked, so a redelivery or a second host racing it can never add a second one.
/// </summary>
public sealed partial class CheckDutyHandler(CaseSessions sessions, CaseDecisions decisions, ILogger<CheckDutyHandler> logger)
{
    private const int Attempts = 5;

    public async Task Handle(CheckDuty check, CancellationToken ct)
    {
        var system = new Actor("casetracker", CaseDecider.SystemActor, "system", check.Tenant);
        for (var attempt = 1; ; attempt++)
        {
            await using var write = sessions.ForWriting(system);
            var stream = await write.Session.Events.FetchForWriting<CaseState>(check.CaseId, ct);
            var decision = CaseDecider.Decide(new FlagOverdueDuty(check.Kind, check.ActionId, check.DueBy), stream.Aggregate, decisions.For(system.Name));
            // Nothing to flag (done, moved, already flagged, or no such case) is a complete answer.
            if (decision.Events.Count == 0) return;

            stream.AppendMany(decision.Events);
            try
            {
                await write.Session.SaveChangesAsync(ct);
                Flagged(logger, check.Kind, check.CaseId, check.DueBy);
                return;
            }
            catch (ConcurrencyException) when (attempt < Attempts)
            {
                // Someone else wrote to the case meanwhile: decide again on what they left.
            }
        }
    }

    /// <summary>An operator's record that a statutory clock ran out, exported in the trace of the request that started the clock.</summary>
    [LoggerMessage(Level = LogLevel.Information, Message = "{Duty} duty on case {CaseId} flagged overdue: it was due by {DueBy:yyyy-MM-dd}")]
    private static partial void Flagged(ILogger logger, DutyKind duty, Guid caseId, DateOnly dueBy);
}
