using System.Text.Json.Nodes;
using CaseTracker.Api.Samples;
using CaseTracker.Api.Tests.Infrastructure;
using CaseTracker.Domain.Cases;

namespace CaseTracker.Api.Tests;

/// <summary>
/// Eight crafted cases around Easter 2026 and the 31 March year end, whose every figure the report
/// tests work out by hand. Good Friday (3 April), Easter Monday (6 April) and the early May bank
/// holiday (4 May) are not working days; British Summer Time began on 29 March.
/// </summary>
public static class CraftedCases
{
    public const string Crisis = "Crisis team";
    public const string HomeCare = "Home care";
    private const string System = CaseDecider.SystemActor;

    private static DateOnly D(int month, int day) => new(2026, month, day);

    public static IReadOnlyList<SampleCaseScript> Cases(CaseTrackerApp app)
    {
        var days = app.Days();
        var person = new Complainant("A. Person", ComplainantRole.ServiceUser, new ContactDetails("a.person@example.org", null, null));
        SampleCaseScript Complaint(DateOnly day, string time, string service, params string[] categories) =>
            new SampleCaseScript(days, day, time, "alice").Complaint(Channel.Email, person, service, "A complaint.", categories);

        return
        [
            // H: January, withdrawn; its theme is 90 days before E's.
            Complaint(D(1, 10), "09:00", Crisis, "Restraint")
                .OnDate(D(1, 15), "10:00", "alice").Learn(LearningLevel.Team, "Holds.", ["Restrictive practice"], [])
                .OnDate(D(1, 20), "10:00", "alice").Withdraw("Resolved informally."),

            // B: 23:30 on 31 March (BST), so March and the year to 31 March 2026. Acknowledged late after
            // Easter: 4 working days (1, 2, 7, 8 April); answered after 10; then to the Ombudsman.
            Complaint(D(3, 31), "23:30", Crisis, "Communication")
                .OnDate(D(4, 8), "00:05", System).CheckOverdue(DutyKind.Acknowledgement, D(4, 7))
                .OnDate(D(4, 8), "10:00", "alice").Acknowledge()
                .OnDate(D(4, 9), "10:00", "alice").Learn(LearningLevel.Service, "Carers.", ["Carer involvement"], [])
                .OnDate(D(4, 16), "10:00", "alice").Respond(ComplaintOutcome.PartlyUpheld, "Partly.", "Director")
                .OnDate(D(5, 20), "10:00", "alice").EscalateToOmbudsman(Ombudsman.PHSO),

            // C: 00:30 on 1 April BST is 23:30 on 31 March UTC: it counts in April. Never acknowledged.
            Complaint(D(4, 1), "00:30", Crisis, "Waiting times")
                .OnDate(D(4, 2), "10:00", "alice").OfferAdvocacy("NHS complaints advocacy")
                .OnDate(D(4, 3), "10:00", "alice").AssignAdvocate("Advocacy Org", "Ann Advocate")
                .OnDate(D(4, 9), "00:05", System).CheckOverdue(DutyKind.Acknowledgement, D(4, 8))
                .OnDate(D(4, 20), "10:00", "alice").Feedback(2, feltHeard: false),

            // A: acknowledged after 2 working days across Easter; upheld after 18; a theme B had two days earlier.
            Complaint(D(4, 2), "10:00", Crisis, "Discharge", "Communication")
                .OnDate(D(4, 8), "10:00", "alice").Acknowledge()
                .OnDate(D(4, 9), "11:00", "alice").Learn(LearningLevel.Service, "Carers again.", ["Carer involvement"], [AvoidableHarmSource.FragmentedServices])
                .OnDate(D(4, 9), "11:30", "alice").CommitAction("consent", "Carry consent into discharge plans", "Manager", D(5, 15))
                .OnDate(D(4, 30), "10:00", "alice").Respond(ComplaintOutcome.Upheld, "Upheld.", "Director")
                .OnDate(D(5, 14), "10:00", "alice").CompleteAction("consent", "Done."),

            // E: an incident on 10 April, exactly 90 days after H; notifiable, candour due 27 April.
            new SampleCaseScript(days, D(4, 10), "15:00", "bob")
                .Incident("14:00", "Shift lead", Crisis, "A hold.", PhysicalHarm.Moderate, PsychologicalHarm.Prolonged)
                .OnDate(D(4, 13), "09:00", "bob").DeclareNotifiable(CandourRegime.HealthServiceBody, HarmCriterion.ModerateHarm)
                .OnDate(D(4, 15), "10:00", "bob").NotifyInPerson("J. Brooks", "What happened.", "The review.", "We are sorry.", "bob")
                .OnDate(D(4, 16), "10:00", "farah").OfferRestorative("farah", "J. Brooks")
                .OnDate(D(4, 17), "10:00", "farah").AcceptRestorative()
                .OnDate(D(4, 20), "10:00", "bob").Learn(LearningLevel.Organisation, "Holds.", ["Restrictive practice"],
                    [AvoidableHarmSource.NeglectfulDefensiveOrControllingPractice, AvoidableHarmSource.OppressiveOrDefensiveCulture])
                .OnDate(D(4, 20), "10:10", "bob").CommitAction("training", "Refresher training", "Manager", D(5, 1))
                .OnDate(D(4, 20), "10:20", "bob").CommitAction("debrief", "Debrief after holds", "Lead", D(6, 1))
                .OnDate(D(4, 24), "10:00", "farah").HoldMeeting(RestorativeFormat.Conference, "farah", ["J. Brooks", "Shift lead"])
                .OnDate(D(4, 24), "11:00", "farah").ReachAgreement("plan", [new Commitment("Debrief", "Shift lead", D(5, 1))])
                .OnDate(D(4, 28), "10:00", "bob").SendCandourLetter("J. Brooks", "Findings.", "We are sorry.")
                .OnDate(D(5, 2), "00:05", System).CheckOverdue(DutyKind.Action, D(5, 1), "training")
                .OnDate(D(5, 20), "10:00", "bob").CompleteAction("debrief", "Done.")
                .OnDate(D(5, 20), "11:00", "farah").FollowUp("plan", kept: true),

            // D: answered, reopened and answered again: the second answer stands (17 working days, across 4 May).
            Complaint(D(4, 13), "11:00", Crisis, "Communication")
                .OnDate(D(4, 14), "10:00", "alice").Acknowledge()
                .OnDate(D(4, 14), "11:00", "alice").OfferAdvocacy()
                .OnDate(D(4, 15), "11:00", "alice").DeclineAdvocacy()
                .OnDate(D(4, 27), "10:00", "alice").Respond(ComplaintOutcome.NotUpheld, "Not upheld.", "Director")
                .OnDate(D(4, 27), "16:00", "alice").Close()
                .OnDate(D(4, 28), "10:00", "alice").Reopen("New evidence.")
                .OnDate(D(5, 7), "10:00", "alice").Respond(ComplaintOutcome.Upheld, "Upheld after all.", "Director")
                .OnDate(D(5, 8), "10:00", "alice").Feedback(4, feltHeard: true),

            // G: another service, acknowledged the same day, answered in 2 working days.
            Complaint(D(4, 15), "09:00", HomeCare, "Charging")
                .OnDate(D(4, 15), "12:00", "alice").Acknowledge()
                .OnDate(D(4, 16), "10:00", "alice").Learn(LearningLevel.Team, "Carers.", ["Carer involvement"], [])
                .OnDate(D(4, 17), "10:00", "alice").Respond(ComplaintOutcome.NotUpheld, "Not upheld.", "Director"),

            // F: notifiable, nobody told yet; restorative work offered and declined.
            new SampleCaseScript(days, D(4, 20), "10:00", "bob")
                .Incident("09:00", "Nurse in charge", Crisis, "A fall.", PhysicalHarm.Low, PsychologicalHarm.Prolonged)
                .OnDate(D(4, 20), "11:00", "bob").DeclareNotifiable(CandourRegime.RegisteredPerson, HarmCriterion.ProlongedPsychologicalHarm)
                .OnDate(D(4, 21), "10:00", "farah").OfferRestorative("farah", "The family")
                .OnDate(D(4, 22), "10:00", "farah").DeclineRestorative(),
        ];
    }

    /// <summary>A new tenant holding the crafted cases, projected, and an auditor of it to read the reports.</summary>
    public static async Task<Caller> WrittenFor(CaseTrackerApp app)
    {
        // Every crafted case lies before this day; the shared clock may have been left anywhere.
        app.Clock.SetTo(new DateTimeOffset(2026, 9, 16, 9, 0, 0, TimeSpan.Zero));
        var auditor = Caller.InNewTenant(app, "audrey", "auditor");
        await app.WriteCases(auditor.Tenant, Cases(app));
        return auditor;
    }

    /// <summary>Asserts the value at a dotted path (numbers index arrays) of a JSON answer.</summary>
    public static void Has(JsonNode? node, string path, object? expected)
    {
        var value = path.Split('.').Aggregate(node, (n, part) => int.TryParse(part, out var i) ? n?[i] : n?[part]);
        Assert.True(Equals(expected?.ToString(), value?.ToJsonString().Trim('"')), $"{path}: expected {expected ?? "null"}, got {value?.ToJsonString() ?? "null"}");
    }

}
