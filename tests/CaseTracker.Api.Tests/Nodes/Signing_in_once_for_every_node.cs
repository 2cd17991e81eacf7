using System.Net;
using System.Text.RegularExpressions;
using CaseTracker.Api.Tests.Infrastructure;

namespace CaseTracker.Api.Tests.Nodes;

/// <summary>
/// Behind a load balancer a handler's next page may come from another node. Each node here has a home
/// folder of its own, as on separate machines, so only a key ring kept in the database lets one node
/// read the sign-in cookie and the form tokens another wrote.
/// </summary>
public sealed partial class Signing_in_once_for_every_node
{
    [Fact]
    public async Task a_handler_signed_in_on_one_node_is_still_signed_in_on_the_other_and_can_send_its_forms_there()
    {
        await using var database = await TestDatabase.CreateAsync();
        var key = ApiProcess.NewSigningKey();
        ApiProcess? firstNode = null, secondNode = null;
        var homes = new[] { Directory.CreateTempSubdirectory("casetracker-node-"), Directory.CreateTempSubdirectory("casetracker-node-") };
        try
        {
            firstNode = await ApiProcess.StartAsync(database.ConnectionString, key, settings: NodeSettings(homes[0]));
            secondNode = await ApiProcess.StartAsync(database.ConnectionString, key, settings: NodeSettings(homes[1]));
            using var first = Browser(firstNode);
            using var second = Browser(secondNode);

            // Signs in on the first node; its form token came from the second.
            var token = await FormToken(second, "/sign-in");
            first.Cookies.Add(token.Cookie);
            using var signIn = await first.Client.PostAsync("/sign-in", Form(token, ("UserName", "pat.handler"), ("Role", "handler"), ("Organisation", "north")));
            Assert.Equal(HttpStatusCode.Redirect, signIn.StatusCode);
            var cookie = CookieFrom(signIn, "casetracker");

            // The second node reads the cookie the first wrote: the board, not the sign-in page.
            second.Cookies.Add(cookie);
            using var board = await second.Client.GetAsync("/");
            Assert.Equal(HttpStatusCode.OK, board.StatusCode);
            Assert.Contains("pat.handler", await board.Content.ReadAsStringAsync());
        }
        finally
        {
            if (firstNode is not null) await firstNode.DisposeAsync();
            if (secondNode is not null) await secondNode.DisposeAsync();
            foreach (var home in homes) home.Delete(recursive: true);
        }
    }

    private static Dictionary<string, string> NodeSettings(DirectoryInfo home) => new()
    {
        ["HOME"] = home.FullName,
        ["CaseTracker__LocalSignIn"] = "true",
    };

    private sealed record NodeBrowser(HttpClient Client, List<Cookie> Cookies) : IDisposable
    {
        public void Dispose() => Client.Dispose();
    }

    /// <summary>A client that keeps its own cookies per node and follows no redirects, so each answer can be seen as it is.</summary>
    private static NodeBrowser Browser(ApiProcess node)
    {
        var cookies = new List<Cookie>();
        var handler = new CookieHandler(cookies) { InnerHandler = new HttpClientHandler { AllowAutoRedirect = false, UseCookies = false } };
        return new NodeBrowser(new HttpClient(handler) { BaseAddress = node.Address }, cookies);
    }

    private sealed class CookieHandler(List<Cookie> cookies) : DelegatingHandler
    {
        protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
        {
            if (cookies.Count > 0) request.Headers.Add("Cookie", string.Join("; ", cookies.Select(c => $"{c.Name}={c.Value}")));
            var response = await base.SendAsync(request, cancellationToken);
            foreach (var header in response.Headers.TryGetValues("Set-Cookie", out var values) ? values : [])
            {
                var pair = header.Split(';')[0].Split('=', 2);
                cookies.RemoveAll(c => c.Name == pair[0]);
                cookies.Add(new Cookie(pair[0], pair[1]));
            }

            return response;
        }
    }

    /// <summary>The anti-forgery token of a page's form, with its cookie kept by the browser that fetched it.</summary>
    private static async Task<(string Token, Cookie Cookie)> FormToken(NodeBrowser browser, string path)
    {
        var page = await browser.Client.GetStringAsync(path);
        var token = TokenField().Match(page);
        Assert.True(token.Success, $"{path} should carry a form token");
        return (token.Groups[1].Value, browser.Cookies.Single(c => c.Name.StartsWith(".AspNetCore.Antiforgery", StringComparison.Ordinal)));
    }

    private static FormUrlEncodedContent Form((string Token, Cookie Cookie) token, params (string Name, string Value)[] fields) =>
        new([new("__RequestVerificationToken", token.Token), .. fields.Select(f => new KeyValuePair<string, string>(f.Name, f.Value))]);

    private static Cookie CookieFrom(HttpResponseMessage response, string name)
    {
        var header = response.Headers.GetValues("Set-Cookie").Single(h => h.StartsWith(name + "=", StringComparison.Ordinal));
        return new Cookie(name, header.Split(';')[0][(name.Length + 1)..]);
    }

    [GeneratedRegex("name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"")]
    private static partial Regex TokenField();
}
