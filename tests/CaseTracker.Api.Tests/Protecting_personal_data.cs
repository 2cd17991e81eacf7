using CaseTracker.Api.Security;
using CaseTracker.Api.Tests.Infrastructure;

namespace CaseTracker.Api.Tests;

/// <summary>Roles see what they need of a complainant's personal data, and no more.</summary>
[Collection(ApiCollection.Name)]
public sealed class Protecting_personal_data(CaseTrackerApp app)
{
    [Fact]
    public async Task a_handler_sees_how_to_contact_the_complainant()
    {
        var handler = Caller.InNewTenant(app);
        var id = await handler.RaiseComplaint();

        var complainant = (await handler.GetJson($"/api/cases/{id}"))["complainant"]!;

        Assert.Equal("sam.taylor@example.org", (string?)complainant["contact"]!["email"]);
        Assert.True((bool)complainant["hasContactDetails"]!);
    }

    [Theory]
    [InlineData(Roles.Auditor)]
    [InlineData(Roles.Admin)]
    public async Task other_roles_see_that_contact_details_exist_but_not_what_they_are(string role)
    {
        var handler = Caller.InNewTenant(app);
        var id = await handler.RaiseComplaint();
        var reader = handler.As("reader", role);

        var single = (await reader.GetJson($"/api/cases/{id}"))["complainant"]!;
        var listed = (await reader.GetJson("/api/cases"))["items"]![0]!["complainant"]!;

        Assert.True((bool)single["hasContactDetails"]!);
        Assert.Null(single["contact"]);
        Assert.Null(listed["contact"]);
        Assert.DoesNotContain("sam.taylor@example.org", (await reader.Get($"/api/cases/{id}/timeline")).ReadAsText());
    }
}
