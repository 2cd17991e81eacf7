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
}
