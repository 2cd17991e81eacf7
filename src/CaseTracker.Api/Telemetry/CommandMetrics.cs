using System.Diagnostics;

namespace CaseTracker.Api.Telemetry;

/// <summary>Times a command and counts it by what became of it, read from the answer it gets.</summary>
public sealed class CommandMetrics(TrackerMetrics metrics)
{
    public async Task<IResult> Measure(string command, Func<Task<IResult>> handle)
    {
        var started = Stopwatch.GetTimestamp();
        try
        {
            var result = await handle();
            metrics.CommandHandled(command, Outcome(result), Stopwatch.GetElapsedTime(started).TotalSeconds);
            return result;
        }
        catch
        {
            // An outage or a fault: the exception handlers shape the answer; here it only counts as failed.
            metrics.CommandHandled(command, "failed", Stopwatch.GetElapsedTime(started).TotalSeconds);
            throw;
        }
    }

    /// <summary>"RaiseComplaintRequest" → "RaiseComplaint": the command a request carries, even when it is refused before it becomes one.</summary>
    public static string NameOf<TRequest>() => CommandName<TRequest>.Value;

    /// <summary>Worked out once per request type, not on every command.</summary>
    private static class CommandName<TRequest>
    {
        public static readonly string Value = typeof(TRequest).Name.EndsWith("Request", StringComparison.Ordinal)
            ? typeof(TRequest).Name[..^"Request".Length]
            : typeof(TRequest).Name;
    }

    private static string Outcome(IResult result) => (result as IStatusCodeHttpResult)?.StatusCode switch
    {
        >= 200 and < 300 => "committed",
        StatusCodes.Status400BadRequest => "invalid",
        StatusCodes.Status404NotFound => "not-found",
        StatusCodes.Status409Conflict => "refused",
        StatusCodes.Status412PreconditionFailed => "stale",
        StatusCodes.Status422UnprocessableEntity => "unprocessable",
        StatusCodes.Status503ServiceUnavailable => "busy",
        _ => "failed",
    };
}
