using System.Net.Sockets;
using Microsoft.AspNetCore.Diagnostics;
using Npgsql;

namespace CaseTracker.Api.Http;

/// <summary>
/// When PostgreSQL cannot be reached, callers get 503 with Retry-After — an honest "not now",
/// never a hang or a 500 — and nothing was recorded. The service recovers on its own when the
/// database returns, because every request opens its connection afresh from the pool.
/// </summary>
public sealed partial class DatabaseOutageHandler(ILogger<DatabaseOutageHandler> logger) : IExceptionHandler
{
    public const int RetryAfterSeconds = 5;

    public async ValueTask<bool> TryHandleAsync(HttpContext httpContext, Exception exception, CancellationToken cancellationToken)
    {
        if (!IsOutage(exception)) return false;
        LogUnreachable(logger, exception.GetBaseException().Message);
        httpContext.Response.Headers.RetryAfter = RetryAfterSeconds.ToString(System.Globalization.CultureInfo.InvariantCulture);
        await Problems.Status(StatusCodes.Status503ServiceUnavailable, "/problems/database-unavailable", "The case store is unavailable",
            $"Nothing was recorded. Try again in {RetryAfterSeconds} seconds.").ExecuteAsync(httpContext);
        return true;
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "The database is unreachable: {Reason}")]
    private static partial void LogUnreachable(ILogger logger, string reason);

    /// <summary>A transient connection failure anywhere in the chain (Marten wraps Npgsql's).</summary>
    public static bool IsOutage(Exception exception)
    {
        for (var e = exception; e is not null; e = e.InnerException)
        {
            if (e is NpgsqlException { IsTransient: true } or SocketException) return true;
            if (e is PostgresException { SqlState: "57P01" or "57P02" or "57P03" or "53300" }) return true;
        }

        return false;
    }
}
