using CaseTracker.Domain.Cases;

namespace CaseTracker.Api.Cases.Candour;

/// <param name="To">The relevant person (or who acts for them).</param>
/// <param name="Account">The true account of what happened, as given.</param>
/// <param name="FurtherEnquiries">What further enquiries they were advised of.</param>
/// <param name="Apology">The apology, in the words used. It is also recorded as an apology on the case.</param>
/// <param name="GivenBy">Who from the service gave the notification.</param>
public sealed record GiveCandourNotificationRequest(
    DateTimeOffset? GivenAt,
    [property: Required, MinLength(1), MaxLength(200)] string? To,
    [property: Required, MinLength(1), MaxLength(4000)] string? Account,
    [property: Required, MinLength(1), MaxLength(4000)] string? FurtherEnquiries,
    [property: Required, MinLength(1), MaxLength(2000)] string? Apology,
    [property: Required, MinLength(1), MaxLength(200)] string? GivenBy);

public static class GiveCandourNotificationEndpoint
{
    /// <summary>Record the notification given in person: a true account, further enquiries advised, and an apology.</summary>
    [WolverinePost("/api/cases/{id}/candour/notification"), Tags("Candour")]
    [Requires(Permission.WorkCases)]
    [ProducesResponseType<CaseCommandHandler.Accepted>(StatusCodes.Status200OK)]
    public static Task<IResult> Post(Guid id, GiveCandourNotificationRequest request, HttpContext http, CaseCommandHandler cases) =>
        cases.Handle(http, id, request, r => new GiveCandourNotification(r.GivenAt, r.To!, r.Account!, r.FurtherEnquiries!, r.Apology!, r.GivenBy!));
}
