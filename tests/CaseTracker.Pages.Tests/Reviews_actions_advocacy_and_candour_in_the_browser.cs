using CaseTracker.Pages.Tests.Infrastructure;
using Microsoft.Playwright;
using Xunit.Abstractions;

namespace CaseTracker.Pages.Tests;

/// <summary>A handler reviews what went wrong, commits to actions and completes them, offers advocacy and meets the duty of candour, all on the case page.</summary>
[Collection(SharedSite.Name)]
public sealed class Reviews_actions_advocacy_and_candour_in_the_browser(Site site, ITestOutputHelper output)
{
    [Fact]
    public async Task a_handler_records_a_review_and_an_action_through_the_case_page_and_sees_them_listed()
    {
        var page = await site.SignedIn("alice", "handler", Site.NewOrganisation());
        await page.RaiseComplaint();

        await page.GetByText("Start a review", new() { Exact = true }).ClickAsync();
        await page.GetByLabel("Kind of review").SelectOptionAsync(new SelectOptionValue { Label = "Local review" });
        await page.GetByLabel("Who leads it").FillAsync("Team manager");
        await page.GetByRole(AriaRole.Button, new() { Name = "Start review" }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Status)).ToContainTextAsync("Review started.");
        await Assertions.Expect(page.Locator("#reviews")).ToContainTextAsync("Local review led by Team manager · 0 findings Open");

        await page.GetByText("Local review led by Team manager: findings and completion", new() { Exact = true }).ClickAsync();
        await page.GetByLabel("What the review found").FillAsync("The plan was changed at a meeting Sam was not invited to.");
        await page.GetByRole(AriaRole.Button, new() { Name = "Record finding" }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Status)).ToContainTextAsync("Finding recorded.");
        await Assertions.Expect(page.Locator("#reviews")).ToContainTextAsync("1 finding");

        await page.GetByText("Commit to an action", new() { Exact = true }).ClickAsync();
        await page.GetByLabel("What will change").FillAsync("Invite people to every meeting that changes their plan.");
        await page.GetByLabel("Who owns it").FillAsync("Team manager");
        await page.GetByLabel("Due by").FillAsync("2030-01-31");
        await page.GetByRole(AriaRole.Button, new() { Name = "Commit action" }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Status)).ToContainTextAsync("Action committed.");
        await Assertions.Expect(page.Locator("#actions li")).ToContainTextAsync("Team manager, due by 31 Jan 2030 Open");
        await Site.Check(page, "case-page-reviews-and-actions", output);

        await page.GetByText("Complete: Invite people to every meeting that changes their plan.", new() { Exact = true }).ClickAsync();
        await page.GetByLabel("Evidence that it was done").FillAsync("Meeting invitations now go to the person and their advocate.");
        await page.GetByRole(AriaRole.Button, new() { Name = "Complete action" }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Status)).ToContainTextAsync("Action completed.");
        await Assertions.Expect(page.Locator("#actions li")).ToContainTextAsync("Completed");
        await Assertions.Expect(page.GetByRole(AriaRole.Button, new() { Name = "Complete action" })).ToHaveCountAsync(0);

        await page.GetByText("Local review led by Team manager: findings and completion", new() { Exact = true }).ClickAsync();
        await page.GetByLabel("Summary of the review").FillAsync("Plans change only with the person there.");
        await page.GetByRole(AriaRole.Button, new() { Name = "Complete review" }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Status)).ToContainTextAsync("Review completed.");
        await Assertions.Expect(page.Locator("#reviews")).ToContainTextAsync("Completed");
        Assert.Equal(6, (await page.Timeline()).Count);
    }

    [Fact]
    public async Task an_action_without_a_due_date_is_refused_and_nothing_is_recorded()
    {
        var page = await site.SignedIn("alice", "handler", Site.NewOrganisation());
        await page.RaiseComplaint();

        await page.GetByText("Commit to an action", new() { Exact = true }).ClickAsync();
        await page.GetByLabel("What will change").FillAsync("Invite people to every meeting that changes their plan.");
        await page.GetByLabel("Who owns it").FillAsync("Team manager");
        var answer = await page.RunAndWaitForResponseAsync(
            () => page.GetByRole(AriaRole.Button, new() { Name = "Commit action" }).ClickAsync(), r => r.Request.Method == "POST");

        Assert.Equal(400, answer.Status);
        await page.GetByRole(AriaRole.Alert).GetByRole(AriaRole.Link, new() { Name = "Due by" }).ClickAsync();
        Assert.EndsWith("#action-dueBy", page.Url, StringComparison.Ordinal);
        await Assertions.Expect(page.GetByLabel("Who owns it")).ToHaveValueAsync("Team manager");
        await Assertions.Expect(page.GetByText("No actions committed.")).ToBeVisibleAsync();
    }

    [Fact]
    public async Task a_handler_offers_advocacy_and_meets_the_duty_of_candour_step_by_step_and_a_harm_below_the_threshold_is_refused_by_its_rule()
    {
        var page = await site.SignedIn("alice", "handler", Site.NewOrganisation());
        await page.RaiseComplaint();

        await page.GetByText("Offer independent advocacy", new() { Exact = true }).ClickAsync();
        await page.GetByLabel("Advocacy service").FillAsync("NHS complaints advocacy");
        await page.GetByRole(AriaRole.Button, new() { Name = "Record advocacy offer" }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Status)).ToContainTextAsync("Advocacy offer recorded.");
        await page.GetByText("Record the advocate", new() { Exact = true }).ClickAsync();
        await page.GetByLabel("Advocate's name").FillAsync("Pat Advocate");
        await page.GetByLabel("Their organisation").FillAsync("Voice Ability");
        await page.GetByRole(AriaRole.Button, new() { Name = "Record advocate" }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Status)).ToContainTextAsync("Advocate recorded.");
        await Assertions.Expect(page.GetByText("Change the advocate (Pat Advocate)", new() { Exact = true })).ToBeVisibleAsync();

        await page.GetByText("Declare a notifiable safety incident", new() { Exact = true }).ClickAsync();
        await page.GetByLabel("Health service body", new() { Exact = true }).CheckAsync();
        await page.GetByLabel("Low harm", new() { Exact = true }).CheckAsync();
        var refused = await page.RunAndWaitForResponseAsync(
            () => page.GetByRole(AriaRole.Button, new() { Name = "Declare notifiable incident" }).ClickAsync(), r => r.Request.Method == "POST");
        Assert.Equal(422, refused.Status);
        await Assertions.Expect(page.GetByRole(AriaRole.Alert)).ToContainTextAsync("below-candour-threshold");
        await Assertions.Expect(page.GetByLabel("Low harm", new() { Exact = true })).ToBeCheckedAsync();

        await page.GetByLabel("Low harm", new() { Exact = true }).UncheckAsync();
        await page.GetByLabel("Moderate harm", new() { Exact = true }).CheckAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Declare notifiable incident" }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Status)).ToContainTextAsync("Notifiable safety incident declared.");
        await Assertions.Expect(page.Locator("#candour-status")).ToContainTextAsync("not yet notified");

        await page.GetByText("Record the notification in person", new() { Exact = true }).ClickAsync();
        await page.GetByLabel("Told to").FillAsync("Sam Taylor");
        await page.GetByLabel("The true account given").FillAsync("Your plan was changed without you at a team meeting.");
        await page.GetByLabel("Further enquiries they were told of").FillAsync("A local review of how plans are changed.");
        await page.GetByLabel("The apology they were given").FillAsync("We are sorry.");
        await page.GetByLabel("Given by").FillAsync("Team manager");
        await page.GetByRole(AriaRole.Button, new() { Name = "Record notification" }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Status)).ToContainTextAsync("Notification in person recorded.");
        await Site.Check(page, "case-page-candour", output);

        await page.GetByText("Record the candour letter", new() { Exact = true }).ClickAsync();
        await page.GetByLabel("Written to").FillAsync("Sam Taylor");
        await page.GetByLabel("Results of the enquiries").FillAsync("The review found the meeting should have included you.");
        await page.GetByLabel("The apology they were given").FillAsync("We are sorry.");
        await page.GetByRole(AriaRole.Button, new() { Name = "Record letter" }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Status)).ToContainTextAsync("Candour letter recorded.");
        await Assertions.Expect(page.Locator("#candour-status")).ToContainTextAsync("letter sent, duty met");
        await Assertions.Expect(page.GetByText("Record the candour letter", new() { Exact = true })).ToHaveCountAsync(0);
    }
}
