namespace CaseTracker.Api.Audit.Checkpoints;

/// <summary>
/// Takes a checkpoint every CaseTracker:Integrity:CheckpointInterval (default one hour; zero turns
/// it off). With several hosts, each may try; the lock and the "not if one is younger than half an
/// interval" rule leave one checkpoint per interval.
/// </summary>
public sealed partial class CheckpointSchedule(CheckpointBook book, IConfiguration configuration, ILogger<CheckpointSchedule> logger) : BackgroundService
{
    public static TimeSpan IntervalFrom(IConfiguration configuration) =>
        configuration.GetValue("CaseTracker:Integrity:CheckpointInterval", TimeSpan.FromHours(1));

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var interval = IntervalFrom(configuration);
        if (interval <= TimeSpan.Zero) return;
        using var timer = new PeriodicTimer(interval);
        while (await timer.WaitForNextTickAsync(stoppingToken))
        {
            try
            {
                await book.Take(CheckpointBook.Scheduled, unlessNewerThan: interval / 2, stoppingToken);
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                // A missed checkpoint is made up by the next one; the host must keep serving.
                LogFailed(e);
            }
        }
    }

    [LoggerMessage(LogLevel.Error, "Taking the scheduled integrity checkpoint failed")]
    private partial void LogFailed(Exception exception);
}
