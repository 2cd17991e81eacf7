using System.Text.Json;
using System.Text.Json.Nodes;
using Alba;

namespace CaseTracker.Api.Tests.Infrastructure;

/// <summary>
/// Someone using the API: a user with a role in a tenant. Every test makes callers in a tenant of
/// its own, so tests never see each other's cases.
/// </summary>
public sealed class Caller(CaseTrackerApp app, string tenant, string user = "alice", string role = "handler", IAlbaHost? host = null)
{
    private IAlbaHost Host => host ?? app.Host;

    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    public string Tenant { get; } = tenant;

    public string User { get; } = user;

    public static Caller InNewTenant(CaseTrackerApp app, string user = "alice", string role = "handler") =>
        new(app, "t" + Guid.NewGuid().ToString("N")[..12], user, role);

    public Caller As(string otherUser, string otherRole) => new(app, Tenant, otherUser, otherRole, host);

    public Caller InTenant(string otherTenant) => new(app, otherTenant, User, role);

    /// <summary>The same person, talking to another host (a second node, or one started after a restart).</summary>
    public Caller On(IAlbaHost otherHost) => new(app, Tenant, User, role, otherHost);

    public Task<IScenarioResult> Post(string url, object body, int expect, string? ifMatch = null, string? idempotencyKey = null) =>
        PostRaw(url, JsonSerializer.Serialize(body, Json), "application/json", expect, ifMatch, idempotencyKey);

    public Task<IScenarioResult> PostRaw(string url, string raw, string contentType, int expect, string? ifMatch = null, string? idempotencyKey = null) =>
        Host.Scenario(s =>
        {
            s.Post.Text(raw).ToUrl(url);
            s.ConfigureHttpContext(http => http.Request.ContentType = contentType);
            s.WithBearerToken(app.TokenFor(User, role, Tenant));
            if (ifMatch is not null) s.WithRequestHeader("If-Match", ifMatch);
            if (idempotencyKey is not null) s.WithRequestHeader("Idempotency-Key", idempotencyKey);
            s.StatusCodeShouldBe(expect);
        });

    public Task<IScenarioResult> Get(string url, int expect = 200, string? accept = null) =>
        Host.Scenario(s =>
        {
            s.Get.Url(url);
            if (accept is not null) s.WithRequestHeader("Accept", accept);
            s.WithBearerToken(app.TokenFor(User, role, Tenant));
            s.StatusCodeShouldBe(expect);
        });

    public async Task<JsonNode> GetJson(string url) => Parse(await (await Get(url)).ReadAsTextAsync());

    /// <summary>Raises a complaint (default: received now by email) and returns its id.</summary>
    public async Task<Guid> RaiseComplaint(DateTimeOffset? receivedAt = null, string service = "Community mental health team")
    {
        var result = await Post("/api/complaints", Bodies.Complaint(receivedAt ?? app.Clock.GetUtcNow(), service), 201);
        return Guid.Parse((string)(await Body(result))["id"]!);
    }

    public async Task<Guid> ReportIncident(DateTimeOffset? occurredAt = null)
    {
        var result = await Post("/api/incidents", Bodies.Incident(occurredAt ?? app.Clock.GetUtcNow()), 201);
        return Guid.Parse((string)(await Body(result))["id"]!);
    }

    public async Task<long> VersionOf(Guid caseId) => (long)(await GetJson($"/api/cases/{caseId}"))["version"]!;

    public async Task<long> CaseCount() => (long)(await GetJson("/api/cases?pageSize=100"))["total"]!;

    public static async Task<JsonNode> Body(IScenarioResult result) => Parse(await result.ReadAsTextAsync());

    public static JsonNode Parse(string text) => JsonNode.Parse(text) ?? throw new InvalidOperationException("Empty response body.");
}
