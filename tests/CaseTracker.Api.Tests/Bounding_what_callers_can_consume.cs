using CaseTracker.Api.Tests.Infrastructure;

namespace CaseTracker.Api.Tests;

/// <summary>One caller cannot flood the service: writes have a per-user budget, and every answer carries hardening headers.</summary>
[Collection(ApiCollection.Name)]
public sealed class Bounding_what_callers_can_consume(CaseTrackerApp app)
{
    [Fact]
    public async Task writes_beyond_the_per_user_budget_get_429_with_retry_after_and_record_nothing()
    {
        var handler = Caller.InNewTenant(app);
        var id = await handler.RaiseComplaint();
        for (var i = 1; i < CaseTrackerApp.WritesPerMinute; i++)
        {
            var accepted = await handler.Post($"/api/cases/{id}/notes", new { text = $"Note {i}" }, 201);
            Assert.Equal($"{CaseTrackerApp.WritesPerMinute - 1 - i}", accepted.Context.Response.Headers["RateLimit-Remaining"].ToString());
        }

        var refused = await handler.Post($"/api/cases/{id}/notes", new { text = "One too many" }, 429);

        Assert.Equal("/problems/too-many-requests", (string?)(await Caller.Body(refused))["type"]);
        Assert.True(int.Parse(refused.Context.Response.Headers.RetryAfter.ToString(), System.Globalization.CultureInfo.InvariantCulture) is > 0 and <= 60);
        Assert.Equal(CaseTrackerApp.WritesPerMinute, await handler.VersionOf(id));
        await handler.As("bob", "handler").Post($"/api/cases/{id}/notes", new { text = "Bob has his own budget" }, 201);
    }

    [Theory]
    [InlineData("/api/cases")]
    [InlineData("/openapi/v1.json")]
    [InlineData("/health/live")]
    public async Task every_answer_forbids_sniffing_framing_and_referrers(string url)
    {
        var handler = Caller.InNewTenant(app);

        var headers = (await handler.Get(url)).Context.Response.Headers;

        Assert.Equal("nosniff", headers.XContentTypeOptions.ToString());
        Assert.Equal("DENY", headers.XFrameOptions.ToString());
        Assert.Equal("no-referrer", headers["Referrer-Policy"].ToString());
        Assert.Contains("frame-ancestors 'none'", headers.ContentSecurityPolicy.ToString());
    }

    [Fact]
    public async Task case_data_is_never_cached()
    {
        var handler = Caller.InNewTenant(app);

        var headers = (await handler.Get("/api/cases")).Context.Response.Headers;

        Assert.Equal("no-store", headers.CacheControl.ToString());
        Assert.Equal("default-src 'none'; frame-ancestors 'none'; base-uri 'none'", headers.ContentSecurityPolicy.ToString());
    }
}
