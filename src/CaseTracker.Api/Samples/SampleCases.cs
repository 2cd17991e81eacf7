namespace CaseTracker.Api.Samples;

public sealed class SampleCases : BackgroundService
{
    protected override Task ExecuteAsync(CancellationToken stoppingToken) => Task.CompletedTask;
}
