using CaseTracker.Pages.Tests.Infrastructure;
using Microsoft.Playwright;
using Xunit.Abstractions;

namespace CaseTracker.Pages.Tests;

/// <summary>A facilitator works a case's restorative workspace: who was harmed and what they need, meetings, agreements, follow-ups.</summary>
[Collection(SharedSite.Name)]
public sealed class Restorative_work_in_the_browser(Site site, ITestOutputHelper output)
{
    [Fact]
    public async Task a_facilitator_records_each_step_of_a_restorative_process_and_sees_it_listed_in_the_workspace_and_their_open_work()
    {
        var organisation = Site.NewOrganisation();
        var handler = await site.SignedIn("alice", "handler", organisation);
        var casePath = await handler.RaiseComplaint();
        var jo = await site.SignedIn("jo", "facilitator", organisation);
        await jo.GotoAsync(casePath);

        await jo.GetByRole(AriaRole.Link, new() { Name = "Restorative work on this case" }).ClickAsync();
        await Assertions.Expect(jo.Locator("#restorative-stage")).ToHaveTextAsync("Not offered");
        await jo.OfferRestorativeProcess("jo");
        await Assertions.Expect(jo.GetByRole(AriaRole.Status)).ToContainTextAsync("Restorative process offered.");
        await jo.RecordAcceptance();
        await Assertions.Expect(jo.Locator("#restorative-stage")).ToHaveTextAsync("Accepted");

        await jo.RecordHarmedParty("Sam Taylor", ["To be listened to", "Hours restored"], "Team manager");
        await Assertions.Expect(jo.GetByRole(AriaRole.Status)).ToContainTextAsync("Harmed party recorded.");
        await jo.RecordMeeting("Conference", "Sam Taylor", "Team manager");
        await Assertions.Expect(jo.GetByRole(AriaRole.Status)).ToContainTextAsync("Meeting recorded.");
        await jo.RecordAgreement("Review the care plan with Sam", "Team manager", "2027-01-15");
        await Assertions.Expect(jo.GetByRole(AriaRole.Status)).ToContainTextAsync("Agreement recorded.");
        await jo.RecordFollowUp(1, kept: true, "Review held with Sam there.");
        await Assertions.Expect(jo.GetByRole(AriaRole.Status)).ToContainTextAsync("Follow-up recorded.");

        var parties = jo.Locator("#parties");
        await Assertions.Expect(parties.GetByRole(AriaRole.Heading, new() { Name = "Sam Taylor" })).ToBeVisibleAsync();
        await Assertions.Expect(parties).ToContainTextAsync("To be listened to");
        await Assertions.Expect(parties).ToContainTextAsync("Hours restored");
        await Assertions.Expect(parties).ToContainTextAsync("Whose obligation: Team manager");
        var meetings = jo.Locator("#meetings tbody tr");
        await Assertions.Expect(meetings).ToHaveCountAsync(1);
        await Assertions.Expect(meetings).ToContainTextAsync("Conference");
        await Assertions.Expect(meetings).ToContainTextAsync("Sam Taylor, Team manager");
        var agreements = jo.Locator("#agreements > li");
        await Assertions.Expect(agreements).ToHaveCountAsync(1);
        await Assertions.Expect(agreements).ToContainTextAsync("Review the care plan with Sam");
        await Assertions.Expect(agreements).ToContainTextAsync("Team manager, by 15 Jan 2027");
        await Assertions.Expect(agreements.Locator(".follow-ups li")).ToHaveTextAsync(new System.Text.RegularExpressions.Regex("Kept\\s+Review held with Sam there\\.\\s+jo,"));
        await Site.Check(jo, "restorative-workspace", output);

        // The case's own timeline tells the same story.
        await jo.GotoAsync(casePath);
        var timeline = string.Join("\n", await jo.Timeline());
        Assert.Contains("A restorative conference was held", timeline, StringComparison.Ordinal);
        Assert.Contains("We checked the restorative agreement: it was kept.", timeline, StringComparison.Ordinal);

        await jo.GetByRole(AriaRole.Link, new() { Name = "My restorative work" }).ClickAsync();
        await Assertions.Expect(jo.GetByLabel("Facilitator")).ToHaveValueAsync("jo");
        var row = jo.Locator("#restorative-work tbody tr");
        await Assertions.Expect(row).ToHaveCountAsync(1);
        await Assertions.Expect(row).ToContainTextAsync("Accepted");
        await Assertions.Expect(row).ToContainTextAsync("1 kept, 0 not kept");
        await Site.Check(jo, "restorative-work-list", output);
        await row.GetByRole(AriaRole.Link).ClickAsync();
        Assert.EndsWith(casePath + "/restorative", new Uri(jo.Url).AbsolutePath, StringComparison.Ordinal);
    }

    [Fact]
    public async Task a_workspace_form_sent_after_a_colleague_answered_the_offer_records_nothing_and_says_what_changed()
    {
        var organisation = Site.NewOrganisation();
        var handler = await site.SignedIn("alice", "handler", organisation);
        var casePath = await handler.RaiseComplaint();
        var jo = await site.SignedIn("jo", "facilitator", organisation);
        await jo.GotoAsync(casePath + "/restorative");
        await jo.OfferRestorativeProcess("jo");
        var kim = await site.SignedIn("kim", "facilitator", organisation);
        await kim.GotoAsync(casePath + "/restorative");

        await jo.RecordAcceptance();
        await Assertions.Expect(jo.Locator("#restorative-stage")).ToHaveTextAsync("Accepted");

        await kim.GetByText("The offer was declined", new() { Exact = true }).ClickAsync();
        await kim.GetByLabel("Reason given").FillAsync("Sam said not now.");
        var answer = await kim.RunAndWaitForResponseAsync(
            () => kim.GetByRole(AriaRole.Button, new() { Name = "Record decline" }).ClickAsync(), r => r.Request.Method == "POST");

        Assert.Equal(412, answer.Status);
        var warning = kim.GetByRole(AriaRole.Alert);
        await Assertions.Expect(warning).ToContainTextAsync("This case changed since you opened the form");
        await Assertions.Expect(warning).ToContainTextAsync("You accepted the offer of a restorative process.");
        await Assertions.Expect(kim.Locator("#restorative-stage")).ToHaveTextAsync("Accepted");
    }

    [Fact]
    public async Task a_harmed_party_without_needs_is_refused_with_the_apis_message_linked_to_the_field()
    {
        var organisation = Site.NewOrganisation();
        var handler = await site.SignedIn("alice", "handler", organisation);
        var casePath = await handler.RaiseComplaint();
        var jo = await site.SignedIn("jo", "facilitator", organisation);
        await jo.GotoAsync(casePath + "/restorative");
        await jo.OfferRestorativeProcess("jo");

        var answer = await jo.RunAndWaitForResponseAsync(() => jo.RecordHarmedParty("Sam Taylor", [], "Team manager"), r => r.Request.Method == "POST");

        Assert.Equal(400, answer.Status);
        var problem = jo.GetByRole(AriaRole.Alert);
        await problem.GetByRole(AriaRole.Link, new() { Name = "Needs" }).ClickAsync();
        Assert.EndsWith("#party-needs", jo.Url, StringComparison.Ordinal);
        await Assertions.Expect(jo.GetByLabel("Who was harmed")).ToHaveValueAsync("Sam Taylor");
        await Assertions.Expect(jo.GetByText("No one recorded yet.")).ToBeVisibleAsync();
        await Site.Check(jo, "restorative-workspace-errors", output);
    }

    [Fact]
    public async Task a_handler_reads_the_workspace_but_is_not_offered_its_forms()
    {
        var organisation = Site.NewOrganisation();
        var handler = await site.SignedIn("alice", "handler", organisation);
        var casePath = await handler.RaiseComplaint();

        await handler.GotoAsync(casePath + "/restorative");

        await Assertions.Expect(handler.GetByText("Your role reads restorative work but does not record it: facilitators do.")).ToBeVisibleAsync();
        await Assertions.Expect(handler.GetByRole(AriaRole.Button, new() { Name = "Offer restorative process" })).ToHaveCountAsync(0);
        await Assertions.Expect(handler.GetByRole(AriaRole.Link, new() { Name = "My restorative work" })).ToHaveCountAsync(0);
    }
}
