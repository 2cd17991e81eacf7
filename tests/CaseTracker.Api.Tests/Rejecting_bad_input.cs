using System.Text.Json.Nodes;
using CaseTracker.Api.Tests.Infrastructure;

namespace CaseTracker.Api.Tests;

/// <summary>Bad input gets a clear problem response, never a 500, and never changes a case.</summary>
[Collection(ApiCollection.Name)]
public sealed class Rejecting_bad_input(CaseTrackerApp app)
{
    [Fact]
    public async Task missing_fields_are_all_listed_in_one_problem()
    {
        var handler = Caller.InNewTenant(app);

        var problem = await Caller.Body(await handler.Post("/api/complaints", new { complainant = new { } }, 400));

        Assert.Equal("/problems/validation", (string?)problem["type"]);
        var fields = problem["errors"]!.AsObject().Select(e => e.Key).ToHashSet();
        Assert.Superset(new HashSet<string> { "receivedAt", "channel", "service", "summary", "complainant.name", "complainant.role" }, fields);
        Assert.Equal(0, await handler.CaseCount());
    }

    [Fact]
    public async Task an_unknown_enum_value_names_the_field()
    {
        var handler = Caller.InNewTenant(app);
        var body = JsonNode.Parse(System.Text.Json.JsonSerializer.Serialize(Bodies.Complaint(app.Clock.GetUtcNow()), new System.Text.Json.JsonSerializerOptions(System.Text.Json.JsonSerializerDefaults.Web)))!;
        body["channel"] = "CarrierPigeon";

        var problem = await Caller.Body(await handler.PostRaw("/api/complaints", body.ToJsonString(), "application/json", 400));

        Assert.True(problem["errors"]!.AsObject().ContainsKey("channel"));
        Assert.Equal(0, await handler.CaseCount());
    }

    [Fact]
    public async Task a_misspelt_field_is_refused_rather_than_silently_dropped()
    {
        var handler = Caller.InNewTenant(app);
        var id = await handler.RaiseComplaint();

        var problem = await Caller.Body(await handler.Post($"/api/cases/{id}/notes", new { txet = "typo" }, 400));

        Assert.True(problem["errors"]!.AsObject().ContainsKey("txet"));
        Assert.Equal(1, await handler.VersionOf(id));
    }

    [Theory]
    [InlineData("{")]
    [InlineData("[]")]
    [InlineData("\"text\"")]
    [InlineData("")]
    public async Task a_body_that_is_not_a_json_object_is_a_400(string raw)
    {
        var handler = Caller.InNewTenant(app);

        var problem = await Caller.Body(await handler.PostRaw("/api/complaints", raw, "application/json", 400));

        Assert.Equal("/problems/validation", (string?)problem["type"]);
        Assert.Equal(0, await handler.CaseCount());
    }

    [Fact]
    public async Task a_wrong_type_in_a_nested_field_names_its_path()
    {
        var handler = Caller.InNewTenant(app);
        var id = await handler.RaiseComplaint();

        var problem = await Caller.Body(await handler.Post($"/api/cases/{id}/acknowledgement", new { responseDueBy = "next Tuesday" }, 400));

        Assert.True(problem["errors"]!.AsObject().ContainsKey("responseDueBy"));
        Assert.Equal(1, await handler.VersionOf(id));
    }

    [Fact]
    public async Task a_string_over_its_documented_limit_is_a_400()
    {
        var handler = Caller.InNewTenant(app);
        var id = await handler.RaiseComplaint();

        var problem = await Caller.Body(await handler.Post($"/api/cases/{id}/notes", new { text = new string('x', 8001) }, 400));

        Assert.True(problem["errors"]!.AsObject().ContainsKey("text"));
        Assert.Equal(1, await handler.VersionOf(id));
    }

    [Theory]
    [InlineData("receivedAt=today", "application/x-www-form-urlencoded")]
    [InlineData("{}", "application/json; charset=utf-16")]
    [InlineData("{}", "application/json; charset=banana")]
    public async Task a_body_that_is_not_utf8_json_is_a_415(string body, string contentType)
    {
        var handler = Caller.InNewTenant(app);

        var problem = await Caller.Body(await handler.PostRaw("/api/complaints", body, contentType, 415));

        Assert.Equal("/problems/unsupported-media-type", (string?)problem["type"]);
        Assert.Equal(0, await handler.CaseCount());
    }

    [Fact]
    public async Task a_body_over_64_KiB_is_a_413()
    {
        var handler = Caller.InNewTenant(app);
        var id = await handler.RaiseComplaint();
        var huge = $"{{\"text\":\"{new string('x', 70 * 1024)}\"}}";

        var problem = await Caller.Body(await handler.PostRaw($"/api/cases/{id}/notes", huge, "application/json", 413));

        Assert.Equal("/problems/payload-too-large", (string?)problem["type"]);
        Assert.Equal(1, await handler.VersionOf(id));
    }

    [Fact]
    public async Task an_unknown_case_is_a_404_for_reads_and_writes()
    {
        var handler = Caller.InNewTenant(app);
        var nobody = Guid.NewGuid();

        await handler.Get($"/api/cases/{nobody}", 404);
        await handler.Get($"/api/cases/{nobody}/timeline", 404);
        var problem = await Caller.Body(await handler.Post($"/api/cases/{nobody}/notes", new { text = "hello" }, 404));
        await handler.Get("/api/cases/not-a-case-id", 404);
        await handler.Post($"/api/cases/{Guid.Empty}/notes", new { text = "hello" }, 404);

        Assert.Equal("/problems/not-found", (string?)problem["type"]);
    }

    [Fact]
    public async Task a_broken_rule_is_a_409_naming_the_rule_and_appends_nothing()
    {
        var handler = Caller.InNewTenant(app);
        var id = await handler.RaiseComplaint();

        var problem = await Caller.Body(await handler.Post($"/api/cases/{id}/final-response", Bodies.FinalResponse(), 409));

        Assert.Equal("/problems/rules/final-response-before-acknowledgement", (string?)problem["type"]);
        Assert.Equal("final-response-before-acknowledgement", (string?)problem["rule"]);
        Assert.Equal(1, await handler.VersionOf(id));
    }

    [Fact]
    public async Task a_complaint_received_in_the_future_is_refused_at_raise()
    {
        var handler = Caller.InNewTenant(app);

        var problem = await Caller.Body(await handler.Post("/api/complaints", Bodies.Complaint(app.Clock.GetUtcNow().AddDays(2)), 422));

        Assert.Equal("/problems/rules/in-the-future", (string?)problem["type"]);
        Assert.Equal(0, await handler.CaseCount());
    }

    [Theory]
    [InlineData("?pageSize=101")]
    [InlineData("?pageSize=0")]
    [InlineData("?page=0")]
    [InlineData("?status=Lost")]
    [InlineData("?overdue=maybe")]
    [InlineData("?pageSize=ten")]
    public async Task list_parameters_out_of_range_are_a_400(string query)
    {
        var handler = Caller.InNewTenant(app);

        var problem = await Caller.Body(await handler.Get("/api/cases" + query, 400));

        Assert.Equal("/problems/validation", (string?)problem["type"]);
    }
}
