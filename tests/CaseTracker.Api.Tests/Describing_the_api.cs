using System.Text.Json.Nodes;
using CaseTracker.Api.Tests.Infrastructure;
using Microsoft.AspNetCore.Http;

namespace CaseTracker.Api.Tests;

/// <summary>
/// The OpenAPI document states every limit the API enforces and every answer it can give. This
/// fetches it from the real host and, when ./eng/test.sh asks, saves it for the Spectral lint.
/// </summary>
[Collection(ApiCollection.Name)]
public sealed class Describing_the_api(CaseTrackerApp app)
{
    /// <summary>Where ./eng/test.sh wants the document, to lint it with .spectral.yaml.</summary>
    public const string OutputVariable = "CASETRACKER_OPENAPI_OUT";

    private static readonly string[] Writes = ["post", "put", "patch", "delete"];

    [Fact]
    public async Task the_document_is_saved_for_the_lint_when_asked()
    {
        var text = await (await app.Host.Scenario(s => s.Get.Url("/openapi/v1.json"))).ReadAsTextAsync();

        Assert.Equal("3.1.1", (string?)JsonNode.Parse(text)!["openapi"]);
        if (Environment.GetEnvironmentVariable(OutputVariable) is { Length: > 0 } path)
        {
            await File.WriteAllTextAsync(path, text);
            Assert.True(new FileInfo(path).Length > 0);
        }
    }

    [Fact]
    public async Task every_operation_declares_its_problem_answers_and_writes_their_rate_limit()
    {
        var document = await Document();

        foreach (var (path, method, operation) in Operations(document))
        {
            var responses = operation["responses"]!.AsObject();
            foreach (var status in new[] { "401", "403", "500", "503" })
                Assert.True(responses[status]?["content"]?["application/problem+json"] is not null, $"{method} {path} lacks a {status} problem");
            Assert.Equal(path.Contains('{', StringComparison.Ordinal), responses.ContainsKey("404"));

            var write = Writes.Contains(method);
            Assert.Equal(write, responses.ContainsKey("429"));
            if (!write) continue;
            Assert.NotNull(responses["429"]!["headers"]!["Retry-After"]);
            foreach (var (status, response) in responses.Where(r => r.Key is ['2' or '4', ..] && r.Key is not ("401" or "403" or "413" or "415")))
            {
                var headers = response!["headers"]?.AsObject();
                Assert.True(headers is not null && headers.ContainsKey("RateLimit-Limit") && headers.ContainsKey("RateLimit-Remaining")
                    && headers.ContainsKey("RateLimit-Reset"), $"{method} {path} {status} lacks the RateLimit headers");
            }
        }
    }

    [Fact]
    public async Task writes_send_the_rate_limit_headers_the_document_declares()
    {
        var document = await Document();
        var handler = Caller.InNewTenant(app);
        var created = await handler.Post("/api/complaints", Bodies.Complaint(app.Clock.GetUtcNow()), 201);
        var missing = await handler.Post($"/api/cases/{Guid.CreateVersion7()}/notes", new { text = "No such case" }, 404);

        AssertSendsDeclaredHeaders(document["paths"]!["/api/complaints"]!["post"]!["responses"]!["201"]!, created.Context.Response.Headers);
        AssertSendsDeclaredHeaders(document["paths"]!["/api/cases/{id}/notes"]!["post"]!["responses"]!["404"]!, missing.Context.Response.Headers);
    }

    private static void AssertSendsDeclaredHeaders(JsonNode declared, IHeaderDictionary sent)
    {
        var names = declared["headers"]!.AsObject().Select(h => h.Key).ToList();
        Assert.Contains("RateLimit-Limit", names);
        foreach (var name in names) Assert.True(sent.ContainsKey(name), $"{name} is declared but not sent");
    }

    [Fact]
    public async Task case_writes_and_creation_declare_their_headers_and_answers()
    {
        var document = await Document();
        var apology = document["paths"]!["/api/cases/{id}/apologies"]!["post"]!;
        var responses = apology["responses"]!.AsObject();

        Assert.Superset(new HashSet<string> { "400", "409", "412", "413", "415", "503" }, responses.Select(r => r.Key).ToHashSet());
        Assert.DoesNotContain("422", responses.Select(r => r.Key));
        Assert.Contains(apology["parameters"]!.AsArray(), p => (string?)p!["name"] == "If-Match" && (string?)p["in"] == "header");
        var complaint = document["paths"]!["/api/complaints"]!["post"]!;
        Assert.Contains("422", complaint["responses"]!.AsObject().Select(r => r.Key));
        Assert.Contains(complaint["parameters"]!.AsArray(), p => (string?)p!["name"] == "Idempotency-Key" && (int)p["schema"]!["maxLength"]! == 200);
    }

    [Fact]
    public async Task request_annotations_become_schema_bounds()
    {
        var schemas = (await Document())["components"]!["schemas"]!;

        var categories = schemas["RaiseComplaintRequest"]!["properties"]!["categories"]!;
        Assert.Equal(20, (int)categories["maxItems"]!);
        Assert.Equal(100, (int)categories["items"]!["maxLength"]!);
        Assert.Equal(4000, (int)schemas["RaiseComplaintRequest"]!["properties"]!["summary"]!["maxLength"]!);
        Assert.Equal(10_000, (int)schemas["ReportHarmIncidentRequest"]!["properties"]!["peopleAffected"]!["maximum"]!);
    }

    [Fact]
    public async Task paging_parameters_carry_the_limits_the_endpoint_enforces()
    {
        var parameters = (await Document())["paths"]!["/api/cases"]!["get"]!["parameters"]!.AsArray();
        JsonNode Schema(string name) => parameters.Single(p => (string?)p!["name"] == name)!["schema"]!;

        Assert.Equal((1, 100), ((int)Schema("pageSize")["minimum"]!, (int)Schema("pageSize")["maximum"]!));
        Assert.Equal((1, 10_000), ((int)Schema("page")["minimum"]!, (int)Schema("page")["maximum"]!));
        Assert.Equal(200, (int)Schema("service")["maxLength"]!);
    }

    [Fact]
    public async Task responses_are_bounded_and_inputs_are_not_given_default_bounds()
    {
        var schemas = (await Document())["components"]!["schemas"]!;

        Assert.Equal(100, (int)schemas["CasePage"]!["properties"]!["items"]!["maxItems"]!);
        Assert.Equal(65_536, (int)schemas["CaseSummary"]!["properties"]!["title"]!["maxLength"]!);
        Assert.Equal(36, (int)schemas["CaseSummary"]!["properties"]!["id"]!["maxLength"]!);
        // Inputs keep their own bounds (here the format's): one without any would fail the lint, not be covered.
        Assert.Equal(42, (int)schemas["AcknowledgeComplaintRequest"]!["properties"]!["acknowledgedAt"]!["maxLength"]!);
        Assert.False(schemas.AsObject().ContainsKey("IResult"));
    }

    [Fact]
    public async Task the_bearer_scheme_and_the_server_are_described_honestly()
    {
        var document = await Document();

        Assert.Contains("RFC8725", (string?)document["components"]!["securitySchemes"]!["bearer"]!["description"], StringComparison.Ordinal);
        var server = Assert.Single(document["servers"]!.AsArray())!;
        Assert.Equal("/", (string?)server["url"]);
        Assert.True((bool)server["x-internal"]!);
    }

    private async Task<JsonNode> Document() => await Caller.Body(await app.Host.Scenario(s => s.Get.Url("/openapi/v1.json")));

    private static IEnumerable<(string Path, string Method, JsonNode Operation)> Operations(JsonNode document) =>
        from path in document["paths"]!.AsObject()
        where path.Key.StartsWith("/api/", StringComparison.Ordinal)
        from operation in path.Value!.AsObject()
        select (path.Key, operation.Key, operation.Value!);
}
