using System.Net.Sockets;
using Marten;
using Npgsql;
using Polly;
using Polly.Retry;

namespace CaseTracker.Api.Hosting;

/// <summary>
/// How the store rides out a blip in PostgreSQL. Reads are retried a few times with jittered,
/// growing pauses, so a restart or a dropped connection goes unnoticed; the bound keeps a real
/// outage quick to report (the API answers 503 with Retry-After instead of hanging).
/// Commits are deliberately left to Marten's narrow write policy: it replays a commit only when
/// PostgreSQL itself said the transaction was rolled back. A connection that died mid-commit may
/// have committed, and replaying it could record a complaint twice.
/// </summary>
public static class DatabaseResilience
{
    /// <summary>At most this many retries after the first attempt.</summary>
    public const int ReadRetries = 3;

    /// <summary>The first pause; each later one doubles, with jitter, up to <see cref="MaxPause"/>.</summary>
    public static readonly TimeSpan FirstPause = TimeSpan.FromMilliseconds(100);

    public static readonly TimeSpan MaxPause = TimeSpan.FromSeconds(1);

    public static void RetryTransientReads(this StoreOptions options) =>
        options.ConfigurePolly(pipeline => pipeline.AddRetry(new RetryStrategyOptions
        {
            ShouldHandle = new PredicateBuilder().Handle<Exception>(IsTransient),
            MaxRetryAttempts = ReadRetries,
            BackoffType = DelayBackoffType.Exponential,
            UseJitter = true,
            Delay = FirstPause,
            MaxDelay = MaxPause,
        }));

    /// <summary>Worth another try: the connection failed or the server is starting or shutting down.</summary>
    public static bool IsTransient(Exception exception)
    {
        for (var e = exception; e is not null; e = e.InnerException)
        {
            if (e is NpgsqlException { IsTransient: true } or SocketException) return true;
            if (e is PostgresException { SqlState: "57P01" or "57P02" or "57P03" or "53300" }) return true;
        }

        return false;
    }
}
