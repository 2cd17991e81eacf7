using Marten;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace CaseTracker.Api.Health;

/// <summary>Ready means the event store answers; a load balancer stops sending work when it does not.</summary>
public sealed class DatabaseHealthCheck(IDocumentStore store) : IHealthCheck
{
    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        try
        {
            await using var session = store.QuerySession();
            using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
            timeout.CancelAfter(TimeSpan.FromSeconds(3));
            await session.QueryAsync<int>("select 1", timeout.Token);
            return HealthCheckResult.Healthy("The event store answers.");
        }
        catch (Exception e) when (e is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
        {
            return HealthCheckResult.Unhealthy("The event store does not answer.", e);
        }
    }
}
