using CaseTracker.Api.Hosting;
using Microsoft.AspNetCore.Diagnostics;

namespace CaseTracker.Api.Http;

/// <summary>
/// When PostgreSQL cannot be reached, callers get 503 with Retry-After — an honest "not now",
/// never a hang or a 500. The service recovers on its own when the database returns, because
/// every request opens its connection afresh from the pool.
/// </summary>
/// <remarks>
/// A write that lost the database while committing cannot know whether the commit landed, so the
/// problem says so rather than promising that nothing was recorded: the caller checks the case's
/// version (a repeat with the old If-Match gets 412 if it did land), and a case raised again with
/// the same Idempotency-Key is never raised twice.
/// </remarks>
public sealed partial class DatabaseOutageHandler(ILogger<DatabaseOutageHandler> logger) : IExceptionHandler
{
    public const int RetryAfterSeconds = 5;

    public async ValueTask<bool> TryHandleAsync(HttpContext httpContext, Exception exception, CancellationToken cancellationToken)
    {
        if (!DatabaseResilience.IsTransient(exception)) return false;
        LogUnreachable(logger, exception.GetBaseException().Message);
        httpContext.Response.Headers.RetryAfter = RetryAfterSeconds.ToString(System.Globalization.CultureInfo.InvariantCulture);
        var detail = HttpMethods.IsGet(httpContext.Request.Method) || HttpMethods.IsHead(httpContext.Request.Method)
            ? $"Try again in {RetryAfterSeconds} seconds."
            : $"The change may not have been recorded. Try again in {RetryAfterSeconds} seconds: send the same If-Match "
              + "(a 412 then means it was recorded) or, when raising a case, the same Idempotency-Key.";
        await Problems.Status(StatusCodes.Status503ServiceUnavailable, "/problems/database-unavailable", "The case store is unavailable", detail)
            .ExecuteAsync(httpContext);
        return true;
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "The database is unreachable: {Reason}")]
    private static partial void LogUnreachable(ILogger logger, string reason);
}
