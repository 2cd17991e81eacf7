using System.Text.Json.Nodes;
using CaseTracker.Api.Tests.Infrastructure;

namespace CaseTracker.Api.Tests.Reliability;

/// <summary>
/// Inputs the API fuzz run turned up that once got a 500: each is now a plain 400 naming what is
/// wrong, and changes nothing.
/// </summary>
[Collection(ApiCollection.Name)]
public sealed class What_the_fuzzer_found(CaseTrackerApp app)
{
    [Fact]
    public async Task a_body_of_json_null_is_a_400_when_raising_writing_and_erasing()
    {
        var handler = Caller.InNewTenant(app);
        var id = await handler.RaiseComplaint();

        var problems = new[]
        {
            await handler.PostRaw("/api/complaints", "null", "application/json", 400),
            await handler.PostRaw($"/api/cases/{id}/notes", " null ", "application/json", 400),
            await handler.As("ada", "admin").PostRaw($"/api/cases/{id}/erasure", "null", "application/json", 400),
        };

        foreach (var result in problems)
        {
            var problem = await Caller.Body(result);
            Assert.Equal("/problems/validation", (string?)problem["type"]);
            Assert.True(problem["errors"]!.AsObject().ContainsKey("body"));
        }

        Assert.Equal(1, await handler.CaseCount());
        Assert.Equal(1, await handler.VersionOf(id));
    }

    [Theory]
    [InlineData("notes", "{\"text\":\"Called\\u0000back\"}", "text")]
    [InlineData("closure", "{\"reason\":\"\\u0000\"}", "reason")]
    [InlineData("learning", "{\"summary\":\"Call back\",\"themes\":[\"a\\u0000\"],\"level\":\"Team\"}", "themes[0]")]
    public async Task a_nul_character_in_a_field_is_a_400_naming_the_field(string endpoint, string body, string field)
    {
        var handler = Caller.InNewTenant(app);
        var id = await handler.RaiseComplaint();

        var problem = await Caller.Body(await handler.PostRaw($"/api/cases/{id}/{endpoint}", body, "application/json", 400));

        Assert.True(problem["errors"]!.AsObject().ContainsKey(field), problem.ToJsonString());
        Assert.Equal(1, await handler.VersionOf(id));
    }

    [Fact]
    public async Task a_nul_character_when_raising_is_a_400_and_raises_nothing()
    {
        var handler = Caller.InNewTenant(app);
        var body = JsonNode.Parse(System.Text.Json.JsonSerializer.Serialize(Bodies.Complaint(app.Clock.GetUtcNow()), new System.Text.Json.JsonSerializerOptions(System.Text.Json.JsonSerializerDefaults.Web)))!;
        body["complainant"]!["name"] = "Sam\u0000Taylor";

        var problem = await Caller.Body(await handler.PostRaw("/api/complaints", body.ToJsonString(), "application/json", 400));

        Assert.True(problem["errors"]!.AsObject().ContainsKey("complainant.name"), problem.ToJsonString());
        Assert.Equal(0, await handler.CaseCount());
    }

    [Theory]
    [InlineData("/api/cases?handler=%00", "handler")]
    [InlineData("/api/cases?service=Elm%00House", "service")]
    [InlineData("/api/reports/learning?from=2026-01&to=2026-03&service=%00", "service")]
    [InlineData("/api/restorative/cases?facilitator=Jo%00", "facilitator")]
    public async Task a_nul_character_in_a_query_value_is_a_400_naming_the_parameter(string url, string parameter)
    {
        var reader = Caller.InNewTenant(app).As("ada", "admin");

        var problem = await Caller.Body(await reader.Get(url, 400));

        Assert.Equal("/problems/validation", (string?)problem["type"]);
        Assert.True(problem["errors"]!.AsObject().ContainsKey(parameter), problem.ToJsonString());
    }

    [Theory]
    [InlineData("\0")]
    [InlineData("key\0")]
    [InlineData("a\tb")]
    public async Task an_idempotency_key_with_a_control_character_is_a_400_and_raises_nothing(string key)
    {
        var handler = Caller.InNewTenant(app);

        var problem = await Caller.Body(await handler.Post("/api/complaints", Bodies.Complaint(app.Clock.GetUtcNow()), 400, idempotencyKey: key));

        Assert.True(problem["errors"]!.AsObject().ContainsKey("Idempotency-Key"), problem.ToJsonString());
        Assert.Equal(0, await handler.CaseCount());
    }
}
