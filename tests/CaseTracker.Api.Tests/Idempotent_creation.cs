using CaseTracker.Api.Tests.Infrastructure;

namespace CaseTracker.Api.Tests;

/// <summary>A handler whose connection dropped can safely press "raise" again.</summary>
[Collection(ApiCollection.Name)]
public sealed class Idempotent_creation(CaseTrackerApp app)
{
    [Fact]
    public async Task a_retry_with_the_same_key_and_body_returns_the_first_case_and_creates_nothing()
    {
        var handler = Caller.InNewTenant(app);
        var body = Bodies.Complaint(app.Clock.GetUtcNow());

        var first = await Caller.Body(await handler.Post("/api/complaints", body, 201, idempotencyKey: "raise-42"));
        var retry = await handler.Post("/api/complaints", body, 201, idempotencyKey: "raise-42");

        Assert.Equal((string?)first["id"], (string?)(await Caller.Body(retry))["id"]);
        Assert.Equal($"/api/cases/{first["id"]}", retry.Context.Response.Headers.Location.ToString());
        Assert.Equal(1, await handler.CaseCount());
    }

    [Fact]
    public async Task the_same_key_with_a_different_body_is_refused()
    {
        var handler = Caller.InNewTenant(app);
        await handler.Post("/api/complaints", Bodies.Complaint(app.Clock.GetUtcNow()), 201, idempotencyKey: "raise-43");

        var problem = await Caller.Body(await handler.Post("/api/complaints",
            Bodies.Complaint(app.Clock.GetUtcNow(), service: "Home care"), 422, idempotencyKey: "raise-43"));

        Assert.Equal("/problems/idempotency-key-reused", (string?)problem["type"]);
        Assert.Equal(1, await handler.CaseCount());
    }

    [Fact]
    public async Task concurrent_retries_with_one_key_create_exactly_one_case()
    {
        var handler = Caller.InNewTenant(app);
        var body = Bodies.Incident(app.Clock.GetUtcNow());

        var results = await Task.WhenAll(Enumerable.Range(0, 6).Select(_ =>
            handler.Post("/api/incidents", body, 201, idempotencyKey: "incident-7")));

        var ids = await Task.WhenAll(results.Select(async r => (string?)(await Caller.Body(r))["id"]));
        Assert.Single(ids.Distinct());
        Assert.Equal(1, await handler.CaseCount());
    }

    [Fact]
    public async Task keys_belong_to_the_user_who_sent_them()
    {
        var alice = Caller.InNewTenant(app);
        var bob = alice.As("bob", "handler");
        var body = Bodies.Complaint(app.Clock.GetUtcNow());

        await alice.Post("/api/complaints", body, 201, idempotencyKey: "same-key");
        await bob.Post("/api/complaints", body, 201, idempotencyKey: "same-key");

        Assert.Equal(2, await alice.CaseCount());
    }
}
