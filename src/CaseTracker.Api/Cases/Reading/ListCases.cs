using CaseTracker.Api.Http;
using CaseTracker.Api.Projections;
using CaseTracker.Api.Security;
using CaseTracker.Domain.Calendar;
using CaseTracker.Domain.Cases;
using Marten;
using Microsoft.AspNetCore.Mvc;
using Wolverine.Http;

namespace CaseTracker.Api.Cases.Reading;

/// <summary>One page of case summaries, newest first, with what is needed to ask for the next page.</summary>
public sealed record CasePage(IReadOnlyList<CaseSummary> Items, int Page, int PageSize, long Total);

public static class ListCasesEndpoint
{
    public const int MaxPageSize = 100;

    /// <summary>
    /// Cases in your organisation, newest first. Filters: status, service, handler, and overdue
    /// (acknowledgement or agreed response date passed with the duty undone).
    /// </summary>
    [WolverineGet("/api/cases"), Tags("Cases")]
    [Requires(Permission.ReadCases)]
    [ProducesResponseType<CasePage>(StatusCodes.Status200OK)]
    public static async Task<IResult> Get(
        HttpContext http, CaseSessions sessions, TimeProvider clock, WorkingDayCalendar calendar,
        string? status = null, string? service = null, string? handler = null, bool? overdue = null,
        int page = 1, int pageSize = 20)
    {
        var errors = new Dictionary<string, string[]>();

        CaseStatus? wantedStatus = null;
        if (status is not null)
        {
            if (Enum.TryParse<CaseStatus>(status, ignoreCase: true, out var parsed) && Enum.IsDefined(parsed)) wantedStatus = parsed;
            else errors["status"] = [$"One of {string.Join(", ", Enum.GetNames<CaseStatus>())}."];
        }

        if (page < 1) errors["page"] = ["Pages start at 1."];
        if (pageSize is < 1 or > MaxPageSize) errors["pageSize"] = [$"Between 1 and {MaxPageSize}."];
        if (service is { Length: > 200 }) errors["service"] = ["At most 200 characters."];
        if (handler is { Length: > 200 }) errors["handler"] = ["At most 200 characters."];
        if (errors.Count > 0) return Problems.Validation(errors);

        var actor = Actor.From(http.User);
        await using var query = sessions.ForReading(actor);
        IQueryable<CaseSummary> cases = query.Query<CaseSummary>();
        if (wantedStatus is { } s) cases = cases.Where(c => c.Status == s);
        if (service is not null) cases = cases.Where(c => c.Service == service);
        if (handler is not null) cases = cases.Where(c => c.Handler == handler);
        if (overdue is { } wanted)
        {
            var today = calendar.DayOf(clock.GetUtcNow());
            // Written out both ways: negating the whole predicate would let SQL's NULL logic drop rows.
            cases = wanted
                ? cases.Where(c => (c.Status == CaseStatus.Open || c.Status == CaseStatus.Acknowledged || c.Status == CaseStatus.Responded)
                    && ((c.AcknowledgedAt == null && c.AcknowledgementDueBy < today)
                        || (c.FinalResponseSentAt == null && c.ResponseDueBy < today)))
                : cases.Where(c => c.Status == CaseStatus.Closed || c.Status == CaseStatus.Withdrawn
                    || ((c.AcknowledgedAt != null || c.AcknowledgementDueBy == null || c.AcknowledgementDueBy >= today)
                        && (c.FinalResponseSentAt != null || c.ResponseDueBy == null || c.ResponseDueBy >= today)));
        }

        var items = await cases.Stats(out var stats)
            .OrderByDescending(c => c.ReceivedAt)
            .Skip((page - 1) * pageSize)
            .Take(pageSize)
            .ToListAsync(http.RequestAborted);
        return Results.Ok(new CasePage(items.Select(c => c.For(actor)).ToList(), page, pageSize, stats.TotalResults));
    }
}
