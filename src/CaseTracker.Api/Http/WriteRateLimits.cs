using System.Collections.Concurrent;
using System.Globalization;
using CaseTracker.Api.Pages;
using Microsoft.AspNetCore.Diagnostics;

namespace CaseTracker.Api.Http;

/// <summary>
/// A per-user budget of writes per minute (OWASP API4: unrestricted resource consumption). Every
/// write answer says how much budget is left (RateLimit-Limit/-Remaining/-Reset); an exhausted
/// budget gets 429 with Retry-After and records nothing. Reads are not limited here. A form sent
/// from a page is a write like any other and spends the same budget; refused, it gets the 429
/// alone, which the pages' status page then explains (<see cref="RefusedFor"/> says how long to wait).
/// </summary>
public sealed class WriteRateLimits(RequestDelegate next, IConfiguration configuration, TimeProvider clock)
{
    private static readonly TimeSpan Window = TimeSpan.FromMinutes(1);
    private readonly int _limit = configuration.GetValue("CaseTracker:RateLimit:WritesPerMinute", 120);
    private readonly ConcurrentDictionary<string, Budget> _budgets = new();

    /// <summary>The key under which a refused page write leaves the seconds to wait, for the status page to say.</summary>
    public const string RefusedFor = "CaseTracker.WriteRefusedForSeconds";

    public async Task InvokeAsync(HttpContext context)
    {
        if (!IsWrite(context) || context.User.Identity?.IsAuthenticated != true)
        {
            await next(context);
            return;
        }

        var actor = Actor.From(context.User);
        var (allowed, remaining, reset) = _budgets
            .GetOrAdd($"{actor.Tenant}/{actor.UserId}", _ => new Budget())
            .Take(clock.GetUtcNow(), _limit);

        var headers = context.Response.Headers;
        headers["RateLimit-Limit"] = _limit.ToString(CultureInfo.InvariantCulture);
        headers["RateLimit-Remaining"] = remaining.ToString(CultureInfo.InvariantCulture);
        headers["RateLimit-Reset"] = reset.ToString(CultureInfo.InvariantCulture);
        if (allowed)
        {
            await next(context);
            return;
        }

        headers.RetryAfter = reset.ToString(CultureInfo.InvariantCulture);
        if (PagesSetup.IsPage(context))
        {
            context.Items[RefusedFor] = reset;
            context.Response.StatusCode = StatusCodes.Status429TooManyRequests;
            return;
        }

        await Problems.Status(StatusCodes.Status429TooManyRequests, "/problems/too-many-requests", "Too many changes at once",
            $"You may make {_limit} changes a minute; nothing was recorded. Try again in {reset} s.").ExecuteAsync(context);
    }

    private static bool IsWrite(HttpContext context)
    {
        var request = context.Request;
        if (request.Path.StartsWithSegments("/api"))
            return HttpMethods.IsPost(request.Method) || HttpMethods.IsPut(request.Method) || HttpMethods.IsPatch(request.Method) || HttpMethods.IsDelete(request.Method);
        // A page's form; not signing out (which records nothing and must always work), and not the
        // status page that a refused or failed form is re-executed to, which would be counted twice.
        return HttpMethods.IsPost(request.Method)
            && PagesSetup.IsPage(context)
            && !request.Path.StartsWithSegments("/sign-out")
            && context.Features.Get<IStatusCodeReExecuteFeature>() is null;
    }

    /// <summary>One user's fixed window: how many writes since it opened.</summary>
    private sealed class Budget
    {
        private DateTimeOffset _opened = DateTimeOffset.MinValue;
        private int _used;

        public (bool Allowed, int Remaining, int ResetSeconds) Take(DateTimeOffset now, int limit)
        {
            lock (this)
            {
                if (now - _opened >= Window || now < _opened)
                {
                    _opened = now;
                    _used = 0;
                }

                var reset = (int)Math.Ceiling((_opened + Window - now).TotalSeconds);
                if (_used >= limit) return (false, 0, reset);
                _used++;
                return (true, limit - _used, reset);
            }
        }
    }
}
