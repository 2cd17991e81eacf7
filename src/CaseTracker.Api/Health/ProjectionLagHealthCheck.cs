using CaseTracker.Api.Telemetry;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace CaseTracker.Api.Health;

/// <summary>
/// Ready also means the background projections (the learning reports) keep up: a node whose
/// projections fall more than CaseTracker:Health:MaxProjectionLagEvents events behind the store is
/// reported not ready, with which projection and by how much. A negative setting turns the check off.
/// </summary>
public sealed class ProjectionLagHealthCheck(ProjectionLag lag, IConfiguration configuration) : IHealthCheck
{
    public const string MaxLagSetting = "CaseTracker:Health:MaxProjectionLagEvents";

    /// <summary>A few seconds of writes at the throughput measured here: more than a busy moment, less than a stalled daemon.</summary>
    public const long DefaultMaxLagEvents = 10_000;

    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        var allowed = configuration.GetValue(MaxLagSetting, DefaultMaxLagEvents);
        if (allowed < 0) return HealthCheckResult.Healthy("Projection lag is not checked.");
        try
        {
            using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
            timeout.CancelAfter(TimeSpan.FromSeconds(3));
            var behind = (await lag.ReadAsync(timeout.Token)).Where(p => p.LagEvents > allowed).ToList();
            return behind.Count == 0
                ? HealthCheckResult.Healthy($"The background projections are at most {allowed} events behind.")
                : HealthCheckResult.Unhealthy(string.Join("; ", behind.Select(p =>
                    $"projection {p.Shard} is {p.LagEvents} events behind the event store (at most {allowed} allowed)")));
        }
        catch (Exception e) when (e is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
        {
            return HealthCheckResult.Unhealthy("The projections' progress could not be read.", e);
        }
    }
}
