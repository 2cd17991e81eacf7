using System.Collections.Concurrent;
using System.Diagnostics;
using System.Text.Json;
using System.Text.Json.Nodes;
using CaseTracker.Api.Security;
using CaseTracker.Api.Tests.Infrastructure;
using CaseTracker.Api.Tests.Reliability.Fuzzing;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Xunit.Abstractions;

namespace CaseTracker.Api.Tests.Reliability;

/// <summary>
/// Thousands of requests made from the OpenAPI document, each valid but for one spoilt thing:
/// malformed JSON, wrong types, missing fields, huge and unicode strings, unknown and foreign ids,
/// invalid enums and dates, bad headers and tokens. None may get a 500, every refusal is a
/// problem document, and nothing a refused request sent ever reaches the event store.
/// </summary>
[Collection(ApiCollection.Name)]
public sealed class Fuzzing_the_api(CaseTrackerApp app, ITestOutputHelper output)
{
    public const int Seed = 20261116;

    /// <summary>Each worker fuzzes an organisation of its own, so the events recorded there are its own doing.</summary>
    private const int Workers = 3;
    private const int Rounds = 14;
    private const int Floor = 2_000;

    /// <summary>The write limit is per user: each fuzz user is retired well before it could reach it.</summary>
    private const int WritesPerUser = CaseTrackerApp.WritesPerMinute / 2;

    private readonly ConcurrentQueue<string> _findings = new();
    private readonly ConcurrentQueue<string> _deliberate = new();
    private readonly ConcurrentDictionary<string, int> _tally = new();

    [Fact]
    public async Task thousands_of_spoilt_requests_get_no_500_and_append_nothing()
    {
        app.Clock.SetTo(new DateTimeOffset(2026, 9, 16, 9, 0, 0, TimeSpan.Zero));
        var operations = new OpenApiOperations(JsonNode.Parse(await (await app.Host.Scenario(s => s.Get.Url("/openapi/v1.json"))).ReadAsTextAsync())!);
        var permissions = EndpointPermissions();
        IReadOnlyList<string> Permitted(Operation operation) =>
            permissions.TryGetValue(operation.ToString(), out var permission) ? [.. Roles.All.Where(r => PermissionMatrix.Allows(r, permission))] : [];
        // An organisation no fuzz request may change: its case is the target of the "foreign id" requests.
        var foreign = Caller.InNewTenant(app, "foreign-owner");
        var foreignCase = await foreign.RaiseComplaint();
        var watch = Stopwatch.StartNew();

        await Task.WhenAll(Enumerable.Range(0, Workers).Select(async worker =>
        {
            var targets = await FuzzTargets.Arrange(Caller.InNewTenant(app, "arranger"));
            var elsewhere = "t" + Guid.NewGuid().ToString("N")[..12];
            await using var events = new EventWatch(app.ConnectionString, [targets.Tenant, elsewhere], foreign.Tenant);
            await events.Start();
            var requests = new FuzzedRequests(operations, targets, foreignCase, app.Clock.GetUtcNow(), Seed + worker, Permitted).Generate(Rounds);
            await Fuzz(requests, targets.Tenant, elsewhere, events);
        }));

        var tried = _tally.Where(t => t.Key.StartsWith("status ", StringComparison.Ordinal)).Sum(t => t.Value);
        output.WriteLine($"Seed {Seed}: {tried} requests over {operations.All.Count} operations by {Workers} workers in {watch.Elapsed.TotalSeconds:0.0} s.");
        foreach (var (key, count) in _tally.OrderBy(t => t.Key, StringComparer.Ordinal)) output.WriteLine($"  {key}: {count}");
        foreach (var answer in _deliberate) output.WriteLine("Deliberate " + answer);
        foreach (var finding in _findings.Take(40)) output.WriteLine(finding);

        Assert.True(tried >= Floor, $"Only {tried} requests were tried.");
        Assert.True(_findings.IsEmpty, $"{_findings.Count} findings, the first: {_findings.FirstOrDefault()}");
        Assert.True(_tally.GetValueOrDefault("status 429") < tried / 20, "The rate limiter answered too often for this to be a fuzz of the API.");
        Assert.True(_tally.Where(t => t.Key.StartsWith("status 2", StringComparison.Ordinal)).Sum(t => t.Value) > tried / 20,
            "Too few fuzzed requests were valid for the run to have reached the handlers.");
        Assert.Equal(1, await foreign.VersionOf(foreignCase));
    }

    /// <summary>Sends each request in turn, and checks its answer and the store against it.</summary>
    private async Task Fuzz(IEnumerable<FuzzedRequest> requests, string tenant, string elsewhere, EventWatch events)
    {
        var sent = 0;
        foreach (var request in requests)
        {
            var user = $"fuzz-{request.Role}-{sent++ / WritesPerUser}";
            var before = events.LastSeen;
            Answer answer;
            try
            {
                answer = await Send(request, Token(request, user, tenant, elsewhere));
            }
            catch (Exception e)
            {
                Count("status exception");
                _findings.Enqueue($"threw {e.GetType().Name}: {e.Message} — {request}");
                continue;
            }

            Count($"status {answer.Status}");
            Count($"mutation {request.Mutation} → {answer.Status / 100}xx");
            var (appended, untouchable) = await events.SinceLastLook();
            Judge(request, answer, appended, untouchable);
            if ((answer.Status >= 400 && appended > 0) || untouchable > 0) _findings.Enqueue("  appended: " + await events.Describe(before));
        }
    }

    private Task<Answer> Send(FuzzedRequest request, string? token) =>
        Answers.Send(app.Host, s =>
        {
            if (request.Operation.Method == "GET") s.Get.Url(request.Url);
            else s.Post.Url(request.Url);
            if (token is not null) s.WithBearerToken(token);
            s.ConfigureHttpContext(http =>
            {
                if (request.Body is not null)
                {
                    http.Request.Body = new MemoryStream(request.Body);
                    http.Request.ContentLength = request.DeclaresLength ? request.Body.Length : null;
                }

                if (request.ContentType is not null) http.Request.ContentType = request.ContentType;
                foreach (var (name, value) in request.Headers) http.Request.Headers[name] = value;
            });
        });

    private void Judge(FuzzedRequest request, Answer answer, long appended, long untouchable)
    {
        if (answer.Status >= 400 && appended != 0) _findings.Enqueue($"{answer.Status} yet {appended} events appended — {request}");
        if (untouchable != 0) _findings.Enqueue($"{untouchable} events appended in another organisation after a {answer.Status} — {request}");
        if (answer.Status is < 200 or (>= 300 and < 400)) _findings.Enqueue($"unexpected {answer.Status} — {request}");
        if (answer.Status == 503 && IsProblem(answer)) _deliberate.Enqueue($"503 {Shorten(answer.Body)} — {request}");
        else if (answer.Status >= 500) _findings.Enqueue($"{answer.Status}: {Shorten(answer.Body)} — {request}");
        if (answer.Status is >= 400 and < 500 && !IsProblem(answer))
            _findings.Enqueue($"{answer.Status} without a problem document ({answer.ContentType ?? "no content type"}): {Shorten(answer.Body)} — {request}");
    }

    /// <summary>An RFC 9457 problem: its media type, and a body whose status matches the answer's.</summary>
    private static bool IsProblem(Answer answer)
    {
        if (answer.ContentType?.StartsWith("application/problem+json", StringComparison.Ordinal) != true) return false;
        try
        {
            return JsonNode.Parse(answer.Body) is JsonObject problem && (int?)problem["status"] == answer.Status && problem["title"] is not null;
        }
        catch (JsonException)
        {
            return false;
        }
    }

    private string? Token(FuzzedRequest request, string user, string tenant, string elsewhere) => request.Credentials switch
    {
        Credentials.None => null,
        Credentials.WrongKey => app.TokenFor(user, request.Role, tenant, signingKey: TokenAuthentication.NewSigningKey()),
        Credentials.Expired => app.TokenFor(user, request.Role, tenant, expires: new DateTimeOffset(2021, 1, 1, 0, 0, 0, TimeSpan.Zero)),
        Credentials.UnknownRole => app.TokenFor(user, "superuser", tenant),
        Credentials.Elsewhere => app.TokenFor(user, request.Role, elsewhere),
        _ => app.TokenFor(user, request.Role, tenant),
    };

    /// <summary>The permission each endpoint requires, read from the running host as <see cref="Who_may_do_what"/> does.</summary>
    private Dictionary<string, Permission> EndpointPermissions() =>
        app.Host.Services.GetRequiredService<EndpointDataSource>().Endpoints
            .OfType<RouteEndpoint>()
            .Where(e => e.Metadata.GetMetadata<RequiresAttribute>() is not null && e.Metadata.GetMetadata<HttpMethodMetadata>() is not null)
            .ToDictionary(
                e => $"{e.Metadata.GetMetadata<HttpMethodMetadata>()!.HttpMethods[0]} {e.RoutePattern.RawText}",
                e => e.Metadata.GetMetadata<RequiresAttribute>()!.Permission);

    private void Count(string key) => _tally.AddOrUpdate(key, 1, (_, n) => n + 1);

    private static string Shorten(string text) => text.Length > 300 ? text[..300] + "…" : text;
}
