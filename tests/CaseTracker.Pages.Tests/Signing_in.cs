using CaseTracker.Pages.Tests.Infrastructure;
using Microsoft.Playwright;
using Xunit.Abstractions;

namespace CaseTracker.Pages.Tests;

/// <summary>People sign in to the pages with a cookie; the API still wants its bearer token.</summary>
[Collection(SharedSite.Name)]
public sealed class Signing_in(Site site, ITestOutputHelper output)
{
    [Theory]
    [InlineData("handler")]
    [InlineData("facilitator")]
    [InlineData("auditor")]
    [InlineData("admin")]
    public async Task each_role_signs_in_and_sees_the_case_board(string role)
    {
        var page = await site.SignedIn("casey", role, Site.NewOrganisation());

        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Case board", Level = 1 })).ToBeVisibleAsync();
        await Assertions.Expect(page.GetByText($"Signed in as casey ({role}")).ToBeVisibleAsync();
        await Site.Check(page, role == "handler" ? "case-board" : $"case-board-{role}", output);
    }

    [Fact]
    public async Task the_sign_in_page_is_accessible_and_asks_for_name_role_and_organisation()
    {
        var page = await site.Anonymous();
        await page.GotoAsync("/sign-in");

        await Assertions.Expect(page.GetByLabel("User name")).ToBeVisibleAsync();
        await Assertions.Expect(page.GetByLabel("Role")).ToBeVisibleAsync();
        await Assertions.Expect(page.GetByLabel("Organisation")).ToBeVisibleAsync();
        await Site.Check(page, "sign-in", output);
    }

    [Fact]
    public async Task someone_not_signed_in_is_sent_to_sign_in_and_then_back()
    {
        var page = await site.Anonymous();
        await page.GotoAsync("/reports/learning");
        Assert.Contains("/sign-in", page.Url, StringComparison.Ordinal);

        await page.GetByLabel("User name").FillAsync("robin");
        await page.GetByLabel("Role").SelectOptionAsync("handler");
        await page.GetByLabel("Organisation").FillAsync(Site.NewOrganisation());
        await page.GetByRole(AriaRole.Button, new() { Name = "Sign in" }).ClickAsync();

        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Learning report", Level = 1 })).ToBeVisibleAsync();
    }

    [Fact]
    public async Task a_role_that_is_not_offered_is_refused()
    {
        var page = await site.Anonymous();
        await page.GotoAsync("/sign-in");
        await page.GetByLabel("User name").FillAsync("mallory");
        // A tampered form: a role the select does not offer.
        await page.EvalOnSelectorAsync("#Role", "select => { const o = document.createElement('option'); o.value = 'superuser'; o.text = 'superuser'; select.add(o); select.value = 'superuser'; }");
        await page.GetByRole(AriaRole.Button, new() { Name = "Sign in" }).ClickAsync();

        await Assertions.Expect(page.GetByRole(AriaRole.Alert)).ToContainTextAsync("Choose one of the roles listed.");
        Assert.Contains("/sign-in", page.Url, StringComparison.Ordinal);
    }

    [Fact]
    public async Task the_page_cookie_never_opens_the_api()
    {
        var page = await site.SignedIn("casey", "handler", Site.NewOrganisation());

        var answer = await page.APIRequest.GetAsync("/api/cases", new() { MaxRedirects = 0 });

        Assert.Equal(401, answer.Status);
        Assert.StartsWith("application/problem+json", answer.Headers["content-type"], StringComparison.Ordinal);
    }

    [Fact]
    public async Task signing_out_ends_the_session()
    {
        var page = await site.SignedIn("casey", "handler", Site.NewOrganisation());

        await page.GetByRole(AriaRole.Button, new() { Name = "Sign out" }).ClickAsync();
        await page.GotoAsync("/");

        Assert.Contains("/sign-in", page.Url, StringComparison.Ordinal);
    }
}
