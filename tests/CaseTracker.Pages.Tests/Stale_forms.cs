using CaseTracker.Pages.Tests.Infrastructure;
using Microsoft.Playwright;
using Xunit.Abstractions;

namespace CaseTracker.Pages.Tests;

/// <summary>A form drawn before someone else changed the case records nothing, and says what changed.</summary>
[Collection(SharedSite.Name)]
public sealed class Stale_forms(Site site, ITestOutputHelper output)
{
    [Fact]
    public async Task a_form_sent_after_a_colleague_acted_says_the_case_changed_and_what_changed()
    {
        var organisation = Site.NewOrganisation();
        var alice = await site.SignedIn("alice", "handler", organisation);
        var casePath = await alice.RaiseComplaint();
        var bob = await site.SignedIn("bob", "handler", organisation);
        await bob.GotoAsync(casePath);

        await alice.Acknowledge("Alice phoned Sam first.");
        await Assertions.Expect(alice.Locator("#case-status")).ToHaveTextAsync("Acknowledged");

        // Bob's page still shows version 1; his apology is decided against a case that has moved on.
        var answer = await bob.RunAndWaitForResponseAsync(() => bob.Apologise(), r => r.Request.Method == "POST");

        Assert.Equal(412, answer.Status);
        var warning = bob.GetByRole(AriaRole.Alert);
        await Assertions.Expect(warning).ToContainTextAsync("This case changed since you opened the form");
        await Assertions.Expect(warning).ToContainTextAsync("You opened the form at version 1; the case is now at version 2.");
        await Assertions.Expect(warning).ToContainTextAsync("acknowledged");
        await Assertions.Expect(warning).ToContainTextAsync("alice");
        await Assertions.Expect(bob.Locator("#case-status")).ToHaveTextAsync("Acknowledged");
        Assert.Equal(2, (await bob.Timeline()).Count);
        // What Bob typed is kept, drawn again at the current version.
        await Assertions.Expect(bob.GetByLabel("To whom")).ToHaveValueAsync("Sam Taylor");
        await Site.Check(bob, "case-page-stale-form", output);

        await bob.GetByRole(AriaRole.Button, new() { Name = "Record apology" }).ClickAsync();
        await Assertions.Expect(bob.GetByRole(AriaRole.Status)).ToContainTextAsync("Apology recorded.");
        Assert.Equal(3, (await bob.Timeline()).Count);
    }
}
