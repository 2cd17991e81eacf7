using CaseTracker.Api.Telemetry;
using Microsoft.AspNetCore.Diagnostics.HealthChecks;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace CaseTracker.Api.Health;

/// <summary>
/// /health/live: the process runs. /health/ready: it can do useful work (the database answers, and the
/// background projections are not lagging beyond CaseTracker:Health:MaxProjectionLagEvents).
/// </summary>
public static class HealthEndpoints
{
    public const string ReadyTag = "ready";

    public static IServiceCollection AddCaseTrackerHealth(this IServiceCollection services)
    {
        services.TryAddSingleton<ProjectionLag>();
        services.AddHealthChecks()
            .AddCheck<DatabaseHealthCheck>("database", tags: [ReadyTag])
            .AddCheck<ProjectionLagHealthCheck>("projections", tags: [ReadyTag]);
        return services;
    }

    public static void MapCaseTrackerHealth(this WebApplication app)
    {
        app.MapHealthChecks("/health/live", new HealthCheckOptions { Predicate = _ => false, ResponseWriter = HealthAnswer.Write });
        app.MapHealthChecks("/health/ready", new HealthCheckOptions { Predicate = check => check.Tags.Contains(ReadyTag), ResponseWriter = HealthAnswer.Write });
    }
}
