using CaseTracker.Pages.Tests.Infrastructure;
using Microsoft.Playwright;
using Xunit.Abstractions;

namespace CaseTracker.Pages.Tests;

/// <summary>Auditors read a case's whole history, scrub through it, see that it verifies and take the export; they write nothing.</summary>
[Collection(SharedSite.Name)]
public sealed class Auditing_in_the_browser(Site site, ITestOutputHelper output)
{
    [Fact]
    public async Task the_history_selector_shows_the_case_as_it_stood_at_each_version()
    {
        var organisation = Site.NewOrganisation();
        var handler = await site.SignedIn("alice", "handler", organisation);
        var casePath = await handler.RaiseComplaint();
        await handler.Acknowledge();
        await handler.Apologise();
        await Assertions.Expect(handler.GetByRole(AriaRole.Status)).ToContainTextAsync("Apology recorded.");
        var auditor = await site.SignedIn("audrey", "auditor", organisation);

        await auditor.GotoAsync(casePath);
        await auditor.GetByRole(AriaRole.Link, new() { Name = "Auditor view of this case" }).ClickAsync();

        await Assertions.Expect(auditor.Locator("#shown-version")).ToHaveTextAsync("3");
        await Assertions.Expect(auditor.Locator("#status-then")).ToHaveTextAsync("Acknowledged");
        await Assertions.Expect(auditor.Locator("#integrity")).ToContainTextAsync("The record verifies.");
        await Assertions.Expect(auditor.GetByRole(AriaRole.Region, new() { Name = "Events" }).Locator("tbody tr")).ToHaveCountAsync(3);
        await Site.Check(auditor, "auditor-view", output);

        await auditor.GetByLabel("After version").SelectOptionAsync("1");
        await auditor.GetByRole(AriaRole.Button, new() { Name = "Show the case then" }).ClickAsync();

        await Assertions.Expect(auditor.Locator("#shown-version")).ToHaveTextAsync("1");
        await Assertions.Expect(auditor.Locator("#status-then")).ToHaveTextAsync("Open");
        await Assertions.Expect(auditor.Locator("#as-it-stood ol.timeline > li")).ToHaveCountAsync(1);
    }

    [Fact]
    public async Task asking_for_a_version_and_an_instant_at_once_is_explained_as_the_api_explains_it()
    {
        var organisation = Site.NewOrganisation();
        var handler = await site.SignedIn("alice", "handler", organisation);
        var casePath = await handler.RaiseComplaint();
        var auditor = await site.SignedIn("audrey", "auditor", organisation);

        var answer = await auditor.GotoAsync($"/audit{casePath}?version=1&asOf=2026-01-01T00:00:00");

        Assert.Equal(400, answer!.Status);
        await Assertions.Expect(auditor.GetByRole(AriaRole.Alert)).ToContainTextAsync("Give either version or asOf");
    }

    [Fact]
    public async Task the_export_link_downloads_the_verifiable_bundle()
    {
        var organisation = Site.NewOrganisation();
        var handler = await site.SignedIn("alice", "handler", organisation);
        var casePath = await handler.RaiseComplaint();
        var auditor = await site.SignedIn("audrey", "auditor", organisation);
        await auditor.GotoAsync("/audit" + casePath);

        var download = await auditor.RunAndWaitForDownloadAsync(() =>
            auditor.GetByRole(AriaRole.Link, new() { Name = "Download the export" }).ClickAsync());

        Assert.Equal($"case-{casePath["/cases/".Length..]}.json", download.SuggestedFilename);
        var bundle = await File.ReadAllTextAsync((await download.PathAsync())!);
        Assert.Contains("\"events\"", bundle, StringComparison.Ordinal);
    }

    [Fact]
    public async Task an_auditor_is_offered_no_forms_and_a_form_posted_anyway_is_refused()
    {
        var organisation = Site.NewOrganisation();
        var handler = await site.SignedIn("alice", "handler", organisation);
        var casePath = await handler.RaiseComplaint();
        var auditor = await site.SignedIn("audrey", "auditor", organisation);
        await auditor.GotoAsync(casePath);

        await Assertions.Expect(auditor.GetByText("Your role reads cases but does not change them.")).ToBeVisibleAsync();
        await Site.Check(auditor, "case-page-auditor", output);

        // A forged post with the auditor's own valid antiforgery token: refused by the permission, not by the form.
        var token = await auditor.Locator("input[name=__RequestVerificationToken]").First.InputValueAsync();
        var answer = await auditor.APIRequest.PostAsync(casePath + "?handler=Apology", new()
        {
            Form = auditor.APIRequest.CreateFormData()
                .Set("__RequestVerificationToken", token).Set("Version", "1")
                .Set("Form.ApologyMethod", "Phone").Set("Form.ApologyTo", "Sam").Set("Form.ApologyWords", "Sorry"),
            MaxRedirects = 0,
        });

        Assert.Equal(403, answer.Status);
        await auditor.ReloadAsync();
        Assert.Single(await auditor.Timeline());
    }

    [Fact]
    public async Task a_handler_cannot_open_the_auditor_view()
    {
        var handler = await site.SignedIn("alice", "handler", Site.NewOrganisation());
        var casePath = await handler.RaiseComplaint();

        var answer = await handler.GotoAsync("/audit" + casePath);

        Assert.Equal(403, answer!.Status);
        await Assertions.Expect(handler.GetByRole(AriaRole.Heading, new() { Name = "You cannot do this" })).ToBeVisibleAsync();
    }
}
