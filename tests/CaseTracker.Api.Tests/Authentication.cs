using Alba;
using CaseTracker.Api.Security;
using CaseTracker.Api.Tests.Infrastructure;

namespace CaseTracker.Api.Tests;

/// <summary>Case records are special-category data: nothing under /api answers without a valid token.</summary>
[Collection(ApiCollection.Name)]
public sealed class Authentication(CaseTrackerApp app)
{
    [Theory]
    [InlineData("GET", "/api/cases")]
    [InlineData("GET", "/api/cases/01a217e5-d2cc-7f64-a655-0e1a9306308e")]
    [InlineData("POST", "/api/complaints")]
    [InlineData("POST", "/api/cases/01a217e5-d2cc-7f64-a655-0e1a9306308e/notes")]
    public async Task without_a_token_the_api_answers_401_with_a_problem(string method, string url)
    {
        var result = await app.Host.Scenario(s =>
        {
            if (method == "GET") s.Get.Url(url);
            else s.Post.Text("{}").ToUrl(url);
            s.StatusCodeShouldBe(401);
        });

        Assert.Equal("/problems/unauthenticated", (string?)(await Caller.Body(result))["type"]);
    }

    [Fact]
    public async Task a_token_signed_with_another_key_is_refused()
    {
        var forged = app.TokenFor("mallory", Roles.Admin, "default", signingKey: TokenAuthentication.NewSigningKey());

        await app.Host.Scenario(s =>
        {
            s.Get.Url("/api/cases");
            s.WithBearerToken(forged);
            s.StatusCodeShouldBe(401);
        });
    }

    [Fact]
    public async Task an_expired_token_is_refused()
    {
        var expired = app.TokenFor("alice", Roles.Handler, "default", expires: new DateTimeOffset(2021, 1, 1, 0, 0, 0, TimeSpan.Zero));

        await app.Host.Scenario(s =>
        {
            s.Get.Url("/api/cases");
            s.WithBearerToken(expired);
            s.StatusCodeShouldBe(401);
        });
    }

    [Fact]
    public async Task a_token_with_a_role_the_tracker_does_not_know_is_forbidden()
    {
        await app.Host.Scenario(s =>
        {
            s.Get.Url("/api/cases");
            s.WithBearerToken(app.TokenFor("eve", "visitor", "default"));
            s.StatusCodeShouldBe(403);
        });
    }

    [Theory]
    [InlineData("/openapi/v1.json", "application/json")]
    [InlineData("/docs/", "text/html")]
    [InlineData("/health/live", "text/plain")]
    [InlineData("/health/ready", "text/plain")]
    public async Task the_api_description_and_health_are_open(string url, string contentType)
    {
        var result = await app.Host.Scenario(s =>
        {
            s.Get.Url(url);
            s.StatusCodeShouldBe(200);
        });

        Assert.StartsWith(contentType, result.Context.Response.ContentType);
    }

    [Fact]
    public async Task the_openapi_document_describes_every_case_endpoint_and_the_bearer_scheme()
    {
        var result = await app.Host.Scenario(s => s.Get.Url("/openapi/v1.json"));
        var document = await Caller.Body(result);

        var paths = document["paths"]!.AsObject().Select(p => p.Key).ToHashSet();
        string[] expected =
        [
            "/api/complaints", "/api/incidents", "/api/cases", "/api/cases/{id}", "/api/cases/{id}/timeline",
            "/api/cases/{id}/acknowledgement", "/api/cases/{id}/handler", "/api/cases/{id}/response-deadline",
            "/api/cases/{id}/apologies", "/api/cases/{id}/reviews", "/api/cases/{id}/reviews/{reviewId}/findings",
            "/api/cases/{id}/reviews/{reviewId}/completion", "/api/cases/{id}/learning", "/api/cases/{id}/actions",
            "/api/cases/{id}/actions/{actionId}/completion", "/api/cases/{id}/final-response", "/api/cases/{id}/closure",
            "/api/cases/{id}/reopening", "/api/cases/{id}/withdrawal", "/api/cases/{id}/notes",
        ];
        Assert.Superset(expected.ToHashSet(), paths);
        Assert.Equal("bearer", (string?)document["components"]!["securitySchemes"]!["bearer"]!["scheme"]);
    }
}
