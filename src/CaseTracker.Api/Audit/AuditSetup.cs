using CaseTracker.Api.Audit.Checkpoints;
using CaseTracker.Api.Audit.Integrity;
using JasperFx.Events;
using JasperFx.Events.Projections;
using Marten;

namespace CaseTracker.Api.Audit;

/// <summary>The auditors' side of the store: the integrity chain sealed on every append, checks, checkpoints.</summary>
public static class AuditSetup
{
    public static void AddIntegrityChain(this StoreOptions options)
    {
        // The seal covers the event's timestamp; only Rich appends know it before the database does.
        if (options.Events.AppendMode != EventAppendMode.Rich)
            throw new InvalidOperationException("The integrity chain needs EventAppendMode.Rich: other modes stamp events in the database, after sealing.");
        IntegrityTables.AddTo(options);
        options.Projections.Add(new IntegritySealing(options.Serializer()), ProjectionLifecycle.Inline);
    }

    public static IServiceCollection AddAuditTrail(this IServiceCollection services)
    {
        services.AddSingleton<AuditDatabase>();
        services.AddSingleton<CaseIntegrity>();
        services.AddSingleton<StoreIntegrityCheck>();
        services.AddSingleton<CheckpointBook>();
        services.AddHostedService<CheckpointSchedule>();
        return services;
    }
}
