using CaseTracker.Domain.Cases;
using JasperFx;
using Marten;

namespace CaseTracker.Api.Cases.Clocks;

/// <summary>
/// Answers a scheduled <see cref="CheckDuty"/>. It compares no clocks: the pure decider appends the
/// overdue event only if the duty is undone, still due by the checked date and not flagged for it yet.
/// The append is version-checked, so a redelivery or a second host racing it can never add a second one.
/// </summary>
public sealed class CheckDutyHandler(CaseSessions sessions, CaseDecisions decisions)
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
                return;
            }
            catch (ConcurrencyException) when (attempt < Attempts)
            {
                // Someone else wrote to the case meanwhile: decide again on what they left.
            }
        }
    }
}
