using CaseTracker.Domain.Cases;

namespace CaseTracker.Api.Cases.Raising;

public sealed record ContactInput(
    [property: EmailAddress, MaxLength(254)] string? Email,
    [property: MaxLength(50)] string? Phone,
    [property: MaxLength(500)] string? Address);

public sealed record ComplainantInput(
    [property: Required, MinLength(1), MaxLength(200)] string? Name,
    [property: Required] ComplainantRole? Role,
    ContactInput? Contact);

/// <summary>A complaint as a handler or an advocate takes it down. Fields are nullable only so that every missing one is reported at once.</summary>
public sealed record RaiseComplaintRequest(
    [property: Required] DateTimeOffset? ReceivedAt,
    [property: Required] Channel? Channel,
    [property: Required] ComplainantInput? Complainant,
    [property: MaxLength(200)] string? OnBehalfOf,
    [property: Required, MinLength(1), MaxLength(200)] string? Service,
    [property: Required, MinLength(1), MaxLength(4000)] string? Summary,
    [property: ListItems(20, 100)] IReadOnlyList<string>? Categories,
    [property: MaxLength(2000)] string? DesiredOutcome,
    [property: ListItems(RaiseComplaintEndpoint.MaxAccessNeeds, 200)] IReadOnlyList<string>? AccessNeeds,
    DateOnly? EventDate);

public static class RaiseComplaintEndpoint
{
    /// <summary>Also the most a case summary can show: access needs are only ever recorded here.</summary>
    public const int MaxAccessNeeds = 20;

    /// <summary>Raise a complaint. Send Idempotency-Key to make retries safe.</summary>
    [WolverinePost("/api/complaints"), Tags("Intake")]
    [Requires(Permission.RaiseCases)]
    [ProducesResponseType<CaseCreated>(StatusCodes.Status201Created)]
    public static Task<IResult> Post(RaiseComplaintRequest request, HttpContext http, CaseCreation creation) =>
        creation.Create(http, request, ToCommand);

    /// <summary>The request, once valid, as the domain's command (the raise-a-complaint page uses it too).</summary>
    public static CaseCommand ToCommand(RaiseComplaintRequest r, Guid id, string reference) => new RaiseComplaint(
        id, reference, r.ReceivedAt!.Value, r.Channel!.Value,
        new Complainant(r.Complainant!.Name!, r.Complainant.Role!.Value,
            new ContactDetails(r.Complainant.Contact?.Email, r.Complainant.Contact?.Phone, r.Complainant.Contact?.Address)),
        r.OnBehalfOf, r.Service!, r.Summary!, r.Categories ?? [], r.DesiredOutcome, r.AccessNeeds ?? [], r.EventDate);
}
