using CaseTracker.Api.Tests.Infrastructure;

namespace CaseTracker.Api.Tests.Audit;

/// <summary>An auditor reads everything of their organisation — cases, events, history, integrity, exports, checkpoints — and can change nothing.</summary>
[Collection(ApiCollection.Name)]
public sealed class Auditors_read_and_never_write(CaseTrackerApp app)
{
    [Fact]
    public async Task an_auditor_reads_every_audit_view_of_a_case()
    {
        var (handler, id) = await AuditedCase.Worked(app);
        var auditor = handler.As("audrey", "auditor");

        foreach (var view in new[] { "", "/timeline", "/events", "/history?version=2", "/integrity", "/export" })
            await auditor.Get($"/api/cases/{id}{view}", 200);
        await auditor.Get("/api/cases", 200);
        await auditor.Get("/api/integrity/checkpoints", 200);
    }

    [Fact]
    public async Task every_write_endpoint_answers_an_auditor_403_and_records_nothing()
    {
        var (handler, id) = await AuditedCase.Worked(app);
        var auditor = handler.As("audrey", "auditor");
        var document = await Caller.Body(await app.Host.Scenario(s => s.Get.Url("/openapi/v1.json")));
        var writes = document["paths"]!.AsObject()
            .Where(path => path.Value!.AsObject().Any(operation => operation.Key is "post" or "put" or "patch" or "delete"))
            .Select(path => path.Key.Replace("{id}", id.ToString(), StringComparison.Ordinal)
                .Replace("{reviewId}", Guid.NewGuid().ToString(), StringComparison.Ordinal)
                .Replace("{actionId}", Guid.NewGuid().ToString(), StringComparison.Ordinal))
            .ToList();

        foreach (var url in writes)
        {
            var problem = await Caller.Body(await auditor.Post(url, new { }, 403));
            Assert.Equal("/problems/forbidden", (string?)problem["type"]);
        }

        Assert.True(writes.Count >= 18, $"only {writes.Count} write endpoints found");
        Assert.Contains("/api/complaints", writes);
        Assert.Contains("/api/integrity/checkpoints", writes);
        Assert.Equal(5, await handler.VersionOf(id));
    }
}
