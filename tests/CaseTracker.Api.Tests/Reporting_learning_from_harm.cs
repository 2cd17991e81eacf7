using System.Text.Json.Nodes;
using CaseTracker.Api.Tests.Infrastructure;

namespace CaseTracker.Api.Tests;

/// <summary>The learning report over the crafted cases (see <see cref="CraftedCases"/>), every figure worked out by hand.</summary>
[Collection(ApiCollection.Name)]
public sealed class Reporting_learning_from_harm(CaseTrackerApp app)
{
    private const string HomeCare = CraftedCases.HomeCare;

    private Task<Caller> Written() => CraftedCases.WrittenFor(app);

    private static void Has(JsonNode? node, string path, object? expected) => CraftedCases.Has(node, path, expected);

    [Fact]
    public async Task april_2026_counts_every_figure_as_worked_out_by_hand()
    {
        var auditor = await Written();

        var r = await auditor.GetJson("/api/reports/learning?from=2026-04&to=2026-04");

        Has(r, "complaintsReceived", 4);
        Has(r, "incidentsReported", 2);
        Has(r, "acknowledgement.acknowledged", 3);
        Has(r, "acknowledgement.onTime", 3);
        Has(r, "acknowledgement.awaitingOverdue", 1);
        Has(r, "acknowledgement.onTimePercent", 75);
        Has(r, "acknowledgement.medianWorkingDays", 1);
        Has(r, "finalResponse.responded", 3);
        Has(r, "finalResponse.medianWorkingDays", 17);
        Has(r, "outcomes.upheld", 2);
        Has(r, "outcomes.partlyUpheld", 0);
        Has(r, "outcomes.notUpheld", 1);
        Has(r, "outcomes.referredToOmbudsman", 0);
        Has(r, "candour.notifiableIncidents", 2);
        Has(r, "candour.notifiedOnTime", 1);
        Has(r, "candour.notifiedOnTimePercent", 50);
        Has(r, "candour.apologisedOnTime", 1);
        Has(r, "candour.letterOnTime", 0);
        Has(r, "candour.letterOnTimePercent", 0);
        Has(r, "topThemes.0.name", "Carer involvement");
        Has(r, "topThemes.0.cases", 2);
        Has(r, "topThemes.1.name", "Restrictive practice");
        Has(r, "topThemes.1.cases", 1);
        Has(r, "topHarmSources.0.name", "FragmentedServices");
        Has(r, "topHarmSources.2.name", "OppressiveOrDefensiveCulture");
        Assert.Equal(2, r["repeatThemes"]!.AsArray().Count);
        Has(r, "repeatThemes.0.service", CraftedCases.Crisis);
        Has(r, "repeatThemes.0.theme", "Carer involvement");
        Has(r, "repeatThemes.0.repeats", 1);
        Has(r, "repeatThemes.1.theme", "Restrictive practice");
        Has(r, "repeatThemes.1.repeats", 1);
        Has(r, "actions.committed", 3);
        Has(r, "actions.completed", 2);
        Has(r, "actions.overdue", 1);
        Has(r, "actions.completionPercent", 66.7);
        Has(r, "advocacy.offered", 2);
        Has(r, "advocacy.takenUp", 1);
        Has(r, "advocacy.takenUpPercent", 50);
        Has(r, "restorative.offered", 2);
        Has(r, "restorative.accepted", 1);
        Has(r, "restorative.agreementsReached", 1);
        Has(r, "restorative.agreementsKept", 1);
        Has(r, "restorative.keptPercent", 100);
        Has(r, "satisfaction.responses", 2);
        Has(r, "satisfaction.mean", 3);
        Has(r, "satisfaction.feltHeard", 1);
        Has(r, "satisfaction.feltHeardPercent", 50);
        Has(r, "freshness.lagEvents", 0);
    }

    [Fact]
    public async Task a_complaint_received_late_on_31_march_counts_in_march()
    {
        var auditor = await Written();

        var march = await auditor.GetJson("/api/reports/learning?from=2026-03&to=2026-03");

        Has(march, "complaintsReceived", 1);
        Has(march, "acknowledgement.onTime", 0);
        Has(march, "acknowledgement.onTimePercent", 0);
        Has(march, "acknowledgement.medianWorkingDays", 4);
        Has(march, "finalResponse.medianWorkingDays", 10);
        Has(march, "outcomes.partlyUpheld", 1);
        Has(march, "outcomes.referredToOmbudsman", 1);
        Assert.Empty(march["repeatThemes"]!.AsArray());
    }

    [Fact]
    public async Task one_service_and_a_range_of_months_add_up_from_the_months()
    {
        var auditor = await Written();

        var homeCare = await auditor.GetJson($"/api/reports/learning?from=2026-04&to=2026-04&service={Uri.EscapeDataString(HomeCare)}");
        var spring = await auditor.GetJson("/api/reports/learning?from=2026-01&to=2026-05");

        Has(homeCare, "complaintsReceived", 1);
        Has(homeCare, "incidentsReported", 0);
        Has(homeCare, "acknowledgement.medianWorkingDays", 0);
        Assert.Empty(homeCare["repeatThemes"]!.AsArray());
        Has(spring, "complaintsReceived", 6);
        Has(spring, "withdrawn", 1);
        // 0, 1, 2, 4: the mean of the middle two.
        Has(spring, "acknowledgement.medianWorkingDays", 1.5);
        Has(spring, "finalResponse.medianWorkingDays", 13.5);
    }

    [Theory]
    [InlineData("from=2026-04", "to")]
    [InlineData("to=2026-04", "from")]
    [InlineData("from=2026-13&to=2026-12", "from")]
    [InlineData("from=2026-04&to=2026-03", "to")]
    [InlineData("from=2016-01&to=2026-12", "to")]
    [InlineData("from=april&to=2026-12", "from")]
    public async Task a_bad_range_is_a_problem_naming_the_field(string query, string field)
    {
        var auditor = Caller.InNewTenant(app, "audrey", "auditor");

        var problem = Caller.Parse(await (await auditor.Get($"/api/reports/learning?{query}", 400)).ReadAsTextAsync());

        Assert.Equal("/problems/validation", (string)problem["type"]!);
        Assert.NotNull(problem["errors"]![field]);
    }
}
