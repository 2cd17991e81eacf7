using CaseTracker.Api.Projections;
using CaseTracker.Domain.Calendar;
using CaseTracker.Domain.Cases;
using Marten;

namespace CaseTracker.Api.Cases.Reading;

/// <summary>One page of case summaries, newest first, with what is needed to ask for the next page.</summary>
public sealed record CasePage(
    [property: MaxLength(ListCasesEndpoint.MaxPageSize)] IReadOnlyList<CaseSummary> Items,
    [property: Range(1, ListCasesEndpoint.MaxPage)] int Page,
    [property: Range(1, ListCasesEndpoint.MaxPageSize)] int PageSize,
    long Total);

public static class ListCasesEndpoint
{
    public const int MaxPageSize = 100;

    /// <summary>Deeper pages would skip a million cases; narrow the filters instead.</summary>
    public const int MaxPage = 10_000;

    public const int MaxFilterLength = 200;

    /// <summary>Longer than any status name: a longer value cannot be one.</summary>
    private const int MaxStatusLength = 20;

    /// <summary>
    /// Cases in your organisation, newest first. Filters: status, service, handler, and overdue
    /// (acknowledgement or agreed response date passed with the duty undone).
    /// </summary>
    [WolverineGet("/api/cases"), Tags("Cases")]
    [Requires(Permission.ReadCases)]
    [ProducesResponseType<CasePage>(StatusCodes.Status200OK)]
    public static async Task<IResult> Get(
        HttpContext http, CaseSessions sessions, TimeProvider clock, WorkingDayCalendar calendar,
        [MaxLength(MaxStatusLength)] string? status = null,
        [MaxLength(MaxFilterLength)] string? service = null,
        [MaxLength(MaxFilterLength)] string? handler = null,
        bool? overdue = null,
        [Range(1, MaxPage)] int page = 1,
        [Range(1, MaxPageSize)] int pageSize = 20)
    {
        var errors = new Dictionary<string, string[]>();

        CaseStatus? wantedStatus = null;
        if (status is not null)
        {
            if (Enum.TryParse<CaseStatus>(status, ignoreCase: true, out var parsed) && Enum.IsDefined(parsed)) wantedStatus = parsed;
            else errors["status"] = [$"One of {string.Join(", ", Enum.GetNames<CaseStatus>())}."];
        }

        if (page is < 1 or > MaxPage) errors["page"] = [$"Between 1 and {MaxPage}."];
        if (pageSize is < 1 or > MaxPageSize) errors["pageSize"] = [$"Between 1 and {MaxPageSize}."];
        if (service is { Length: > MaxFilterLength }) errors["service"] = [$"At most {MaxFilterLength} characters."];
        if (handler is { Length: > MaxFilterLength }) errors["handler"] = [$"At most {MaxFilterLength} characters."];
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
