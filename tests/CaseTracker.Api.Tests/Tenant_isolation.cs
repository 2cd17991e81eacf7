using CaseTracker.Api.Tests.Infrastructure;

namespace CaseTracker.Api.Tests;

/// <summary>Each provider organisation sees only its own cases, and cannot even learn that others exist.</summary>
[Collection(ApiCollection.Name)]
public sealed class Tenant_isolation(CaseTrackerApp app)
{
    [Fact]
    public async Task another_tenants_case_is_not_found_for_reading_or_writing()
    {
        var ours = Caller.InNewTenant(app);
        var theirs = Caller.InNewTenant(app);
        var id = await ours.RaiseComplaint();

        await theirs.Get($"/api/cases/{id}", 404);
        await theirs.Get($"/api/cases/{id}/timeline", 404);
        await theirs.Post($"/api/cases/{id}/notes", new { text = "Not mine to write." }, 404);

        Assert.Equal(0, await theirs.CaseCount());
        Assert.Equal(1, await ours.VersionOf(id));
    }
}
