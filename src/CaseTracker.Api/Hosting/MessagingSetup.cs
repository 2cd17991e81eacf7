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
        options.Durability.Mode = configuration.GetValue("CaseTracker:Solo", false) ? DurabilityMode.Solo : DurabilityMode.Balanced;
        // Duty checks are scheduled messages kept in PostgreSQL; the poll interval bounds how late one runs.
        options.Durability.ScheduledJobPollingTime = TimeSpan.FromSeconds(configuration.GetValue("CaseTracker:ScheduledJobPollingSeconds", 5.0));
        // A duty check waiting to run survives a restart: local queues keep their messages in PostgreSQL too.
        options.Policies.UseDurableLocalQueues();
        options.Services.AddResourceSetupOnStartup();
    }
}
