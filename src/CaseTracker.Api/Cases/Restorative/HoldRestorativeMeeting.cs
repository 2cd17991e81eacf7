using CaseTracker.Domain.Cases;

namespace CaseTracker.Api.Cases.Restorative;

public sealed record HoldRestorativeMeetingRequest(
    DateTimeOffset? HeldAt,
    [property: Required] RestorativeFormat? Format,
    [property: Required, MinLength(1), MaxLength(200)] string? Facilitator,
    [property: Required, ListItems(30, 200)] IReadOnlyList<string>? Participants);

public static class HoldRestorativeMeetingEndpoint
{
    /// <summary>Record a restorative meeting: when, in what format (conference, circle, shuttle), who facilitated, who took part.</summary>
    [WolverinePost("/api/cases/{id}/restorative/meetings"), Tags("Restorative")]
    [Requires(Permission.RestorativeWork)]
    [ProducesResponseType<CaseCommandHandler.Accepted>(StatusCodes.Status201Created)]
    public static Task<IResult> Post(Guid id, HoldRestorativeMeetingRequest request, HttpContext http, CaseCommandHandler cases)
    {
        var meetingId = Guid.CreateVersion7();
        return cases.Handle(http, id, request,
            r => new HoldRestorativeMeeting(meetingId, r.HeldAt, r.Format!.Value, r.Facilitator!, r.Participants!), meetingId);
    }
}
