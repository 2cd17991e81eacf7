using CaseTracker.Api.Cases;
using CaseTracker.Api.Cases.Restorative;
using CaseTracker.Api.Projections;
using CaseTracker.Domain.Calendar;
using CaseTracker.Domain.Cases;

namespace CaseTracker.Api.Pages.Cases;

/// <summary>
/// A case's restorative workspace: where the process stands, who was harmed and what they need,
/// the meetings, the agreements and whether they were kept; and forms for the next step the
/// process allows, through the same write path, rules and version check as the API.
/// </summary>
public sealed class RestorativeModel(CaseSessions sessions, CaseCommandHandler cases, WorkingDayCalendar calendar) : CaseFormPage(sessions)
{
    [BindProperty] public RestorativeForms Form { get; set; } = new();

    public RestorativeWork Work { get; private set; } = new();

    public bool CanWork => this.Can(Permission.RestorativeWork);

    /// <summary>Offered (or offered again after a decline): its parties, meetings and agreements can be recorded.</summary>
    public bool Underway => Work.Stage is RestorativeStage.Offered or RestorativeStage.Accepted;

    public override bool Offers(string form) => IsOpen && CanWork && form switch
    {
        "offer" => Work.Stage is RestorativeStage.NotOffered or RestorativeStage.Declined,
        "accept" or "decline" => Work.Stage == RestorativeStage.Offered,
        "party" => Underway,
        "meeting" => Work.Stage == RestorativeStage.Accepted,
        "agreement" => Work.Stage == RestorativeStage.Accepted && Work.MeetingsHeld > 0,
        _ => Work.AgreementsReached.Any(a => form == FollowUpForm(a.AgreementId)),
    };

    public static string FollowUpForm(Guid agreementId) => $"follow-up-{agreementId}";

    public Task<IActionResult> OnPostOffer() => Act(Permission.RestorativeWork, "offer", "Restorative process offered.",
        () => cases.HandleAt(HttpContext, Id, Version, new OfferRestorativeProcessRequest(Form.Facilitator, Form.OfferedTo),
            r => new OfferRestorativeProcess(r.Facilitator!, r.OfferedTo!)));

    public Task<IActionResult> OnPostAccept() => Act(Permission.RestorativeWork, "accept", "Acceptance recorded.",
        () => cases.HandleAt(HttpContext, Id, Version, new AcceptRestorativeProcessRequest(Form.AcceptNotes), r => new AcceptRestorativeProcess(r.Notes)));

    public Task<IActionResult> OnPostDecline() => Act(Permission.RestorativeWork, "decline", "Decline recorded.",
        () => cases.HandleAt(HttpContext, Id, Version, new DeclineRestorativeProcessRequest(Form.DeclineReason), r => new DeclineRestorativeProcess(r.Reason)));

    public Task<IActionResult> OnPostParty()
    {
        var partyId = Guid.CreateVersion7();
        return Act(Permission.RestorativeWork, "party", "Harmed party recorded.",
            () => cases.HandleAt(HttpContext, Id, Version, new IdentifyHarmedPartyRequest(Form.Who, CaseForms.Lines(Form.Needs), Form.WhoseObligation),
                r => new IdentifyHarmedParty(partyId, r.Who!, r.Needs!, r.WhoseObligation!), partyId));
    }

    public Task<IActionResult> OnPostMeeting()
    {
        var meetingId = Guid.CreateVersion7();
        // The date and time as the facilitator wrote them are the service's local time, as working days are.
        DateTimeOffset? heldAt = Form.HeldAt is { } local
            ? new DateTimeOffset(local, calendar.TimeZone.GetUtcOffset(DateTime.SpecifyKind(local, DateTimeKind.Unspecified)))
            : null;
        return Act(Permission.RestorativeWork, "meeting", "Meeting recorded.",
            () => cases.HandleAt(HttpContext, Id, Version,
                new HoldRestorativeMeetingRequest(heldAt, Form.Format, Form.MeetingFacilitator, CaseForms.Lines(Form.Participants)),
                r => new HoldRestorativeMeeting(meetingId, r.HeldAt, r.Format!.Value, r.Facilitator!, r.Participants!), meetingId));
    }

    public Task<IActionResult> OnPostAgreement()
    {
        var agreementId = Guid.CreateVersion7();
        var commitments = Form.FilledCommitments().Select(c => new CommitmentInput(c.What, c.Owner, c.DueBy)).ToList();
        return Act(Permission.RestorativeWork, "agreement", "Agreement recorded.",
            () => cases.HandleAt(HttpContext, Id, Version, new ReachRestorativeAgreementRequest(commitments),
                r => new ReachRestorativeAgreement(agreementId, [.. r.Commitments!.Select(c => new Commitment(c.What!, c.Owner!, c.DueBy))]), agreementId));
    }

    public Task<IActionResult> OnPostFollowUp()
    {
        var followUpId = Guid.CreateVersion7();
        return Act(Permission.RestorativeWork, FollowUpForm(Form.AgreementId), "Follow-up recorded.",
            () => cases.HandleAt(HttpContext, Id, Version, new FollowUpAgreementRequest(Form.Kept, Form.FollowUpNotes),
                r => new FollowUpAgreement(Form.AgreementId, followUpId, r.Kept!.Value, r.Notes), followUpId));
    }

    protected override async Task LoadMore(CaseSessions sessions)
    {
        await using var query = sessions.ForReading(this.Actor());
        Work = await query.LoadAsync<RestorativeWork>(Id, HttpContext.RequestAborted) ?? new RestorativeWork { Id = Id };
    }
}
