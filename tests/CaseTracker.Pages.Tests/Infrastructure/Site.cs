using CaseTracker.Api.Tests.Infrastructure;
using Deque.AxeCore.Playwright;
using Microsoft.Playwright;
using Xunit.Abstractions;

namespace CaseTracker.Pages.Tests.Infrastructure;

/// <summary>
/// One running tracker and one headless Chromium (Debian's, never a downloaded one) for all page
/// tests. Each test signs in to its own organisation, so tests never see each other's cases.
/// </summary>
public class Site : IAsyncLifetime
{
    public const string ChromiumVariable = "CASETRACKER_CHROMIUM";
    public const string ScreenshotsVariable = "CASETRACKER_SCREENSHOTS";

    private TestDatabase? _database;
    private ApiProcess? _server;
    private IPlaywright? _playwright;
    private IBrowser? _browser;

    public Uri Address => _server!.Address;

    public string ServerOutput => _server?.RecentOutput ?? "";

    /// <summary>Settings of the tracker beyond those every site has; a site for one story may change them.</summary>
    protected virtual IReadOnlyDictionary<string, string> Settings { get; } = new Dictionary<string, string>();

    public async Task InitializeAsync()
    {
        var chromium = Environment.GetEnvironmentVariable(ChromiumVariable) ?? "/usr/bin/chromium";
        if (!File.Exists(chromium))
            throw new InvalidOperationException($"No Chromium at {chromium}: install Debian's chromium package (./eng/test.sh does, as root).");

        _database = await TestDatabase.CreateAsync();
        var settings = new Dictionary<string, string>(Settings)
        {
            ["CaseTracker__LocalSignIn"] = "true",
            // The build output has no wwwroot (only publishing copies it): serve the checkout's, as ./eng/run.sh does.
            ["ASPNETCORE_WEBROOT"] = Path.Combine(Repository.Root, "src", "CaseTracker.Api", "wwwroot"),
            // Each request's start and finish (with its time) in the server's output, which a failure shows.
            ["Logging__LogLevel__Microsoft.AspNetCore.Hosting.Diagnostics"] = "Information",
        };
        _server = await ApiProcess.StartAsync(_database.ConnectionString, ApiProcess.NewSigningKey(), settings: settings);
        _playwright = await Playwright.CreateAsync();
        Assertions.SetDefaultExpectTimeout(30_000);
        _browser = await _playwright.Chromium.LaunchAsync(new() { ExecutablePath = chromium, Headless = true });
    }

    public async Task DisposeAsync()
    {
        if (_browser is not null) await _browser.DisposeAsync();
        _playwright?.Dispose();
        if (_server is not null) await _server.DisposeAsync();
        if (_database is not null) await _database.DisposeAsync();
    }

    /// <summary>A new organisation's name: the cases a test makes are its own.</summary>
    public static string NewOrganisation() => "org-" + Guid.NewGuid().ToString("N")[..12];

    /// <summary>A fresh browser (no cookies) at the site, not signed in.</summary>
    public async Task<IPage> Anonymous(int width = 1280)
    {
        var context = await _browser!.NewContextAsync(new()
        {
            BaseURL = Address.ToString(),
            ViewportSize = new() { Width = width, Height = 900 },
            AcceptDownloads = true,
        });
        // Generous bounds: the machine running the suite may be busy; a bound is a failure, not a measurement.
        context.SetDefaultTimeout(30_000);
        // A page's first use after the service starts also pays for its first write path (generated handler
        // code, JIT); on two busy cores that has taken over 30 s.
        context.SetDefaultNavigationTimeout(90_000);
        return await context.NewPageAsync();
    }

    /// <summary>Signs in through the sign-in page, as a person would, and lands on the case board.</summary>
    public async Task<IPage> SignedIn(string user, string role, string organisation, int width = 1280)
    {
        var page = await Anonymous(width);
        await page.GotoAsync("/sign-in");
        await page.GetByLabel("User name").FillAsync(user);
        await page.GetByLabel("Role").SelectOptionAsync(role);
        await page.GetByLabel("Organisation").FillAsync(organisation);
        await page.GetByRole(AriaRole.Button, new() { Name = "Sign in" }).ClickAsync();
        try
        {
            await page.WaitForURLAsync(new Uri(Address, "/").ToString());
        }
        catch (TimeoutException e)
        {
            // Tells a server that never answered from a browser that never finished loading.
            throw new TimeoutException($"{e.Message}\nThe server's recent output:\n{ServerOutput}", e);
        }

        return page;
    }

    /// <summary>
    /// The page passes axe with no serious or critical violation (lesser ones are printed), and,
    /// when screenshots are asked for, is saved under docs/screenshots.
    /// </summary>
    public static async Task Check(IPage page, string name, ITestOutputHelper output)
    {
        var result = await page.RunAxe();
        var blocking = result.Violations.Where(v => v.Impact is "serious" or "critical").ToList();
        foreach (var v in result.Violations)
            output.WriteLine($"axe {v.Impact} {v.Id} on {name}: {v.Help} ({string.Join(", ", v.Nodes.Select(n => n.Html))})");
        Assert.True(blocking.Count == 0,
            $"{name} has serious or critical accessibility violations: " +
            string.Join("; ", blocking.Select(v => $"{v.Id}: {v.Help} at {string.Join(", ", v.Nodes.Select(n => n.Html))}")));

        if (Environment.GetEnvironmentVariable(ScreenshotsVariable) == "1")
            await page.ScreenshotAsync(new() { Path = Path.Combine(Repository.Root, "docs", "screenshots", name + ".png"), FullPage = true });
    }
}

/// <summary>A tracker that lets each person make only <see cref="WritesPerMinute"/> changes a minute, to meet its limit quickly.</summary>
public sealed class SiteWithASmallWriteBudget : Site
{
    public const int WritesPerMinute = 3;

    protected override IReadOnlyDictionary<string, string> Settings { get; } = new Dictionary<string, string>
    {
        ["CaseTracker__RateLimit__WritesPerMinute"] = WritesPerMinute.ToString(System.Globalization.CultureInfo.InvariantCulture),
    };
}

[CollectionDefinition(Name)]
public sealed class SharedSite : ICollectionFixture<Site>
{
    public const string Name = "site";
}
