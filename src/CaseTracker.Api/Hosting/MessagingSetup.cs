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
        options.UseRuntimeCompilation();
        options.CodeGeneration.TypeLoadMode = TypeLoadMode.Dynamic;
        options.Policies.AutoApplyTransactions();
        options.Durability.Mode = configuration.GetValue("CaseTracker:Solo", false) ? DurabilityMode.Solo : DurabilityMode.Balanced;
        options.Services.AddResourceSetupOnStartup();
    }
}
