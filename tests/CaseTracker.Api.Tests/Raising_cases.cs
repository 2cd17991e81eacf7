using CaseTracker.Api.Tests.Infrastructure;

namespace CaseTracker.Api.Tests;

[Collection(ApiCollection.Name)]
public sealed class Raising_cases(CaseTrackerApp app)
{
    [Fact]
    public async Task a_complaint_is_created_with_a_location_and_the_first_reference_of_the_year()
    {
        var handler = Caller.InNewTenant(app);

        var result = await handler.Post("/api/complaints", Bodies.Complaint(app.Clock.GetUtcNow()), 201);

        var body = await Caller.Body(result);
        var id = Guid.Parse((string)body["id"]!);
        Assert.Equal($"/api/cases/{id}", result.Context.Response.Headers.Location.ToString());
        Assert.Equal("CT-2026-000001", (string?)body["reference"]);

        var summary = await handler.GetJson($"/api/cases/{id}");
        Assert.Equal("Complaint", (string?)summary["kind"]);
        Assert.Equal("Open", (string?)summary["status"]);
        Assert.Equal("Community mental health team", (string?)summary["service"]);
        Assert.Equal(1, (long)summary["version"]!);
    }

    [Fact]
    public async Task a_harm_incident_is_created_with_its_harm_graded_on_both_scales()
    {
        var handler = Caller.InNewTenant(app);

        var id = await handler.ReportIncident();

        var summary = await handler.GetJson($"/api/cases/{id}");
        Assert.Equal("HarmIncident", (string?)summary["kind"]);
        Assert.Equal("Moderate", (string?)summary["physicalHarm"]);
        Assert.Equal("Prolonged", (string?)summary["psychologicalHarm"]);
        Assert.Null(summary["acknowledgementDueBy"]);
    }

    [Fact]
    public async Task references_are_unique_and_gap_free_within_a_tenant_even_when_raised_at_once()
    {
        var handler = Caller.InNewTenant(app);

        var raised = await Task.WhenAll(Enumerable.Range(0, 12).Select(async i =>
            (string)(await Caller.Body(await handler.Post("/api/complaints", Bodies.Complaint(app.Clock.GetUtcNow()), 201)))["reference"]!));

        var expected = Enumerable.Range(1, 12).Select(n => $"CT-2026-{n:D6}");
        Assert.Equal(expected, raised.Order());
    }

    [Fact]
    public async Task each_tenant_numbers_its_own_cases()
    {
        var first = Caller.InNewTenant(app);
        var second = Caller.InNewTenant(app);
        await first.RaiseComplaint();
        await first.RaiseComplaint();

        var result = await second.Post("/api/complaints", Bodies.Complaint(app.Clock.GetUtcNow()), 201);

        Assert.Equal("CT-2026-000001", (string?)(await Caller.Body(result))["reference"]);
    }

    [Fact]
    public async Task a_complaint_about_events_more_than_twelve_months_ago_is_accepted_but_flagged()
    {
        var handler = Caller.InNewTenant(app);
        var body = new
        {
            receivedAt = app.Clock.GetUtcNow(),
            channel = "Letter",
            complainant = new { name = "Pat Jones", role = "FamilyMember", contact = new { address = "1 High Street" } },
            service = "Residential care, Oak Lodge",
            summary = "My father was left without his medication for two days.",
            eventDate = new DateOnly(2025, 3, 1),
        };

        var id = Guid.Parse((string)(await Caller.Body(await handler.Post("/api/complaints", body, 201)))["id"]!);

        Assert.True((bool)(await handler.GetJson($"/api/cases/{id}"))["madeAfterTimeLimit"]!);
    }
}
