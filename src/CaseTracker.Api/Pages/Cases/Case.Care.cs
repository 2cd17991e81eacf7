using CaseTracker.Api.Cases.Advocacy;
using CaseTracker.Api.Cases.Candour;
using CaseTracker.Domain.Cases;

namespace CaseTracker.Api.Pages.Cases;

/// <summary>The case page's forms for independent advocacy and the duty of candour.</summary>
public sealed partial class CaseModel
{
    public Task<IActionResult> OnPostOfferAdvocacy() => Act(Permission.AdvocacyAndFeedback, "advocacy-offer", "Advocacy offer recorded.",
        () => cases.HandleAt(HttpContext, Id, Version, new OfferAdvocacyRequest(Form.AdvocacyService), r => new OfferAdvocacy(r.Service)));

    public Task<IActionResult> OnPostAssignAdvocate() => Act(Permission.AdvocacyAndFeedback, "advocate", "Advocate recorded.",
        () => cases.HandleAt(HttpContext, Id, Version, new AssignAdvocateRequest(Form.AdvocacyOrganisation, Form.Advocate),
            r => new AssignAdvocate(r.Organisation!, r.Advocate!)));

    public Task<IActionResult> OnPostDeclineAdvocacy() => Act(Permission.AdvocacyAndFeedback, "advocacy-declined", "Advocacy declined.",
        () => cases.HandleAt(HttpContext, Id, Version, new DeclineAdvocacyRequest(Form.AdvocacyDeclineReason), r => new DeclineAdvocacy(r.Reason)));

    public Task<IActionResult> OnPostDeclareNotifiable() => Act(Permission.WorkCases, "notifiable", "Notifiable safety incident declared.",
        () => cases.HandleAt(HttpContext, Id, Version,
            new DeclareNotifiableIncidentRequest(Form.CandourRegime, Form.HarmCriteria.Count == 0 ? null : Form.HarmCriteria, null),
            r => new DeclareNotifiableIncident(r.Regime!.Value, r.Criteria!, r.DeclaredAt)));

    public Task<IActionResult> OnPostCandourNotification() => Act(Permission.WorkCases, "candour-notification", "Notification in person recorded.",
        () => cases.HandleAt(HttpContext, Id, Version,
            new GiveCandourNotificationRequest(null, Form.CandourTo, Form.CandourAccount, Form.CandourFurtherEnquiries, Form.CandourApology, Form.CandourGivenBy),
            r => new GiveCandourNotification(r.GivenAt, r.To!, r.Account!, r.FurtherEnquiries!, r.Apology!, r.GivenBy!)));

    public Task<IActionResult> OnPostCandourLetter() => Act(Permission.WorkCases, "candour-letter", "Candour letter recorded.",
        () => cases.HandleAt(HttpContext, Id, Version,
            new SendCandourLetterRequest(null, Form.CandourTo, Form.CandourEnquiryResults, Form.CandourApology),
            r => new SendCandourLetter(r.SentAt, r.To!, r.EnquiryResults!, r.Apology!)));
}
