using CaseTracker.Api.Cases;
using CaseTracker.Api.Cases.Acknowledging;
using CaseTracker.Api.Cases.Apologising;
using CaseTracker.Api.Cases.Closing;
using CaseTracker.Api.Cases.Deadlines;
using CaseTracker.Api.Cases.Learning;
using CaseTracker.Api.Cases.Notes;
using CaseTracker.Api.Cases.Responding;
using CaseTracker.Api.Projections;
using CaseTracker.Domain.Cases;

namespace CaseTracker.Api.Pages.Cases;

/// <summary>
/// One case: where it stands, what is due, what happened, and forms for what can be done next.
/// The forms for reviews and actions, advocacy and candour are in the other parts of this class.
/// </summary>
public sealed partial class CaseModel(CaseSessions sessions, CaseCommandHandler cases) : CaseFormPage(sessions)
{
    [BindProperty] public CaseForms Form { get; set; } = new();

    public CaseDeadlines? Deadlines { get; private set; }

    public CaseWork Work { get; private set; } = new(null, [], []);

    public bool CanWork => this.Can(Permission.WorkCases);
    public bool CanNote => this.Can(Permission.AddNotes);
    public bool CanAdvocate => this.Can(Permission.AdvocacyAndFeedback);

    public override bool Offers(string form)
    {
        var s = Summary;
        var state = Work.State;
        var candour = state?.Candour;
        return IsOpen && state is not null && form switch
        {
            "note" => CanNote,
            "acknowledge" => CanWork && s.Kind == CaseKind.Complaint && s.AcknowledgedAt is null,
            "final-response" => CanWork && s.Kind == CaseKind.Complaint && s.FinalResponseSentAt is null,
            "apology" or "learning" or "close" or "review" or "action" => CanWork,
            "advocacy-offer" => CanAdvocate && !state.AdvocacyOfferPending && state.Advocate is null,
            "advocate" => CanAdvocate,
            "advocacy-declined" => CanAdvocate && state.AdvocacyOfferPending,
            "notifiable" => CanWork && candour is null,
            "candour-notification" => CanWork && candour is { NotifiedAt: null, DischargedAt: null },
            "candour-letter" => CanWork && candour is { NotifiedAt: not null, LetterSentAt: null },
            _ => CanWork && (Work.OpenReviews.Any(r => form == FindingForm(r.ReviewId) || form == CompleteReviewForm(r.ReviewId))
                             || Work.OpenActions.Any(a => form == CompleteActionForm(a.ActionId))),
        };
    }

    public Task<IActionResult> OnPostAcknowledge() => Act(Permission.WorkCases, "acknowledge", "Acknowledgement recorded.",
        () => cases.HandleAt(HttpContext, Id, Version, new AcknowledgeComplaintRequest(null, Form.ResponseDueBy, Form.HowHandlingWasDiscussed),
            r => new AcknowledgeComplaint(r.AcknowledgedAt, r.ResponseDueBy, r.HowHandlingWasDiscussed)));

    public Task<IActionResult> OnPostApology() => Act(Permission.WorkCases, "apology", "Apology recorded.",
        () => cases.HandleAt(HttpContext, Id, Version, new GiveApologyRequest(null, Form.ApologyMethod, Form.ApologyTo, Form.ApologyWords),
            r => new GiveApology(r.GivenAt, r.Method!.Value, r.To!, r.Words)));

    public Task<IActionResult> OnPostNote()
    {
        var noteId = Guid.CreateVersion7();
        return Act(Permission.AddNotes, "note", "Note added.",
            () => cases.HandleAt(HttpContext, Id, Version, new AddNoteRequest(Form.NoteText), r => new AddNote(noteId, r.Text!), noteId));
    }

    public Task<IActionResult> OnPostFinalResponse() => Act(Permission.WorkCases, "final-response", "Final response recorded.",
        () => cases.HandleAt(HttpContext, Id, Version,
            new SendFinalResponseRequest(null, Form.Outcome, Form.ResponseSummary, Form.OmbudsmanRightsExplained, Form.SignedBy),
            r => new SendFinalResponse(r.SentAt, r.Outcome!.Value, r.Summary!, r.OmbudsmanRightsExplained!.Value, r.SignedBy!)));

    public Task<IActionResult> OnPostLearning()
    {
        var learningId = Guid.CreateVersion7();
        return Act(Permission.WorkCases, "learning", "Learning recorded.",
            () => cases.HandleAt(HttpContext, Id, Version,
                new RecordLearningRequest(Form.LearningSummary, CaseForms.Split(Form.LearningThemes), [], Form.LearningLevel),
                r => new RecordLearning(learningId, r.Summary!, r.Themes ?? [], [], r.Level!.Value), learningId));
    }

    public Task<IActionResult> OnPostClose() => Act(Permission.WorkCases, "close", "Case closed.",
        () => cases.HandleAt(HttpContext, Id, Version, new CloseCaseRequest(Form.CloseReason), r => new CloseCase(r.Reason)));

    protected override async Task LoadMore(CaseSessions sessions)
    {
        Deadlines = (await GetDeadlinesEndpoint.Get(Id, HttpContext, sessions)).ValueAs<CaseDeadlines>();
        Work = await CaseWork.Read(sessions, this.Actor(), Id, HttpContext.RequestAborted);
    }
}
