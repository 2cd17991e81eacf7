using CaseTracker.Api.Cases;
using JasperFx.CodeGeneration;
using JasperFx.Resources;
using Wolverine;
using Wolverine.Marten;

namespace CaseTracker.Api.Hosting;

/// <summary>Wolverine runs the HTTP endpoints and, with Marten, the durable inbox/outbox and scheduled messages.</summary>
public static class MessagingSetup
{
    public static void ConfigureCaseTracker(this WolverineOptions options, IConfiguration configuration)
    {
        options.ApplicationAssembly = typeof(MessagingSetup).Assembly;
        // Handler code is generated in memory at start-up; nothing generated is written to the source tree.
        // CaseTracker:CodeGeneration=Static instead loads code compiled in beforehand (`codegen write`, then
        // build): a faster first request, measured by ./eng/bench.sh coldstart. Auto falls back to generating.
        options.UseRuntimeCompilation();
        options.CodeGeneration.TypeLoadMode = configuration.GetValue("CaseTracker:CodeGeneration", TypeLoadMode.Dynamic);
        // By name and method (Handle) it looks like a message handler, but it is the HTTP write path: left out,
        // or generating every handler's code ahead of time (codegen write) fails on its HttpContext "message".
        options.Discovery.CustomizeHandlerDiscovery(handlers => handlers.Excludes.WithCondition(
            "the HTTP write path", type => type == typeof(CaseCommandHandler)));
        options.Policies.AutoApplyTransactions();
        // Balanced: nodes register in wolverine_nodes, elect a leader and share its agents (docs/operations.md).
        options.Durability.Mode = Nodes.IsSolo(configuration) ? DurabilityMode.Solo : DurabilityMode.Balanced;
        Nodes.ApplyTo(options.Durability, configuration);
        // Duty checks are scheduled messages kept in PostgreSQL; the poll interval bounds how late one runs.
        // They need no leader and no agent: in Balanced mode as in Solo, every node polls for due ones, and a
        // transaction-scoped advisory lock lets one node at a time claim a batch (it marks the envelopes as its
        // own before running them), so a check runs on whichever node polls first, exactly once. A check
        // claimed by a node that then dies is released for recovery when the dead node is ejected from
        // wolverine_nodes (CaseTracker:Nodes:StaleAfterSeconds) and runs again elsewhere; should it have run
        // already, the version-checked append in CheckDutyHandler still leaves one overdue event, not two.
        options.Durability.ScheduledJobPollingTime = TimeSpan.FromSeconds(configuration.GetValue("CaseTracker:ScheduledJobPollingSeconds", 5.0));
        // A duty check waiting to run survives a restart: local queues keep their messages in PostgreSQL too.
        options.Policies.UseDurableLocalQueues();
        options.Services.AddResourceSetupOnStartup();
    }
}
