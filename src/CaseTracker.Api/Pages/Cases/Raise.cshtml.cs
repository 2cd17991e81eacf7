using CaseTracker.Api.Cases.Raising;
using CaseTracker.Domain.Cases;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace CaseTracker.Api.Pages.Cases;

/// <summary>
/// Raise a complaint in plain words, as a complainant's advocate might: the page fills the API's
/// own request and raises it through the same creation path, so a case is raised once even when
/// the form is sent twice (its submission id is the idempotency key).
/// </summary>
public sealed class RaiseModel(CaseCreation creation, TimeProvider clock) : PageModel
{
    public static readonly IReadOnlyList<string> CommonAccessNeeds =
    [
        "Large print letters", "Easy read", "British Sign Language interpreter", "Interpreter for another language",
        "Phone calls rather than letters", "An advocate at meetings", "Meetings at home",
    ];

    public static string Describe(ComplainantRole role) => role switch
    {
        ComplainantRole.ServiceUser => "The person who uses the service",
        ComplainantRole.FamilyMember => "A family member",
        ComplainantRole.Carer => "A carer",
        ComplainantRole.Friend => "A friend",
        ComplainantRole.Advocate => "An advocate",
        ComplainantRole.Representative => "Another representative",
        _ => "Someone else",
    };

    public static string Describe(Channel channel) => channel switch
    {
        CaseTracker.Domain.Cases.Channel.InPerson => "In person",
        CaseTracker.Domain.Cases.Channel.WebForm => "Web form",
        _ => channel.ToString(),
    };

    [BindProperty] public string Submission { get; set; } = "";
    [BindProperty] public DateOnly? ReceivedOn { get; set; }
    [BindProperty] public Channel? Channel { get; set; }
    [BindProperty] public string? Name { get; set; }
    [BindProperty] public ComplainantRole? Role { get; set; }
    [BindProperty] public string? Email { get; set; }
    [BindProperty] public string? Phone { get; set; }
    [BindProperty] public string? Address { get; set; }
    [BindProperty] public string? OnBehalfOf { get; set; }
    [BindProperty] public string? Service { get; set; }
    [BindProperty] public string? Summary { get; set; }
    [BindProperty] public DateOnly? EventDate { get; set; }
    [BindProperty] public string? Topics { get; set; }
    [BindProperty] public string? DesiredOutcome { get; set; }
    [BindProperty] public List<string> AccessNeeds { get; set; } = [];
    [BindProperty] public string? OtherAccessNeeds { get; set; }

    public ProblemDetails? Problem { get; private set; }

    public IActionResult OnGet()
    {
        if (!this.Can(Permission.RaiseCases)) return Forbid();
        Submission = Guid.NewGuid().ToString("N");
        ReceivedOn = DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime);
        return Page();
    }

    public async Task<IActionResult> OnPost()
    {
        if (!this.Can(Permission.RaiseCases)) return Forbid();
        var answer = await creation.Create(HttpContext, ToRequest(), Submission, RaiseComplaintEndpoint.ToCommand);
        if (answer.ValueAs<CaseCreated>() is { } created)
        {
            TempData["Done"] = $"Complaint raised: {created.Reference}.";
            return Redirect($"/cases/{created.Id}");
        }

        Problem = answer.AsProblem();
        Response.StatusCode = Problem?.Status ?? StatusCodes.Status400BadRequest;
        return Page();
    }

    private RaiseComplaintRequest ToRequest()
    {
        var now = clock.GetUtcNow();
        // A complaint received today is received now; one received earlier, at midday that day.
        DateTimeOffset? receivedAt = ReceivedOn is not { } day ? null
            : day == DateOnly.FromDateTime(now.UtcDateTime) ? now
            : new DateTimeOffset(day.ToDateTime(new TimeOnly(12, 0)), TimeSpan.Zero);
        var contact = Email is null && Phone is null && Address is null ? null : new ContactInput(Email, Phone, Address);
        var needs = AccessNeeds.Where(CommonAccessNeeds.Contains)
            .Concat(Split(OtherAccessNeeds, '\n'))
            .ToList();
        return new RaiseComplaintRequest(
            receivedAt, Channel, new ComplainantInput(Name, Role, contact), OnBehalfOf, Service, Summary,
            Split(Topics, ','), DesiredOutcome, needs, EventDate);
    }

    private static List<string> Split(string? text, char separator) =>
        (text ?? "").Split(separator, StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).ToList();
}
