using System.Diagnostics;
using System.Text.Json.Nodes;
using CaseTracker.Api.Projections;
using CaseTracker.Api.Samples.Generation;
using CaseTracker.Api.Tests.Infrastructure;
using CaseTracker.Domain.Cases;
using JasperFx.Events.Daemon;
using Marten;
using Marten.Events;
using Microsoft.Extensions.DependencyInjection;
using Xunit.Abstractions;

namespace CaseTracker.Api.Tests;

/// <summary>
/// Generated histories, written through the decider: the reports must agree with counts taken
/// straight from the events, and a rebuild from the events must give exactly the live reports.
/// </summary>
[Collection(ApiCollection.Name)]
public sealed class Generated_histories_add_up(CaseTrackerApp app, ITestOutputHelper output)
{
    private const int Months = 24;

    private string Range()
    {
        var today = app.Days().Today;
        return $"from={today.AddMonths(-Months):yyyy-MM}&to={today:yyyy-MM}";
    }

    private async Task<Caller> Generated(int seed, int cases)
    {
        var auditor = Caller.InNewTenant(app, "audrey", "auditor");
        var scripts = new CaseHistoryGenerator(app.Days(), seed).Generate(cases, Months).ToList();
        await app.WriteCases(auditor.Tenant, scripts);
        return auditor;
    }

    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(3)]
    public async Task report_counts_equal_counts_taken_straight_from_the_events(int seed)
    {
        var auditor = await Generated(seed, cases: 150);

        var report = await auditor.GetJson($"/api/reports/learning?{Range()}");

        var store = app.Host.Services.GetRequiredService<IDocumentStore>();
        await using var query = store.QuerySession(auditor.Tenant);
        var streams = (await query.Events.QueryAllRawEvents().ToListAsync()).GroupBy(e => e.StreamId).Select(g => g.OrderBy(e => e.Version).Select(e => e.Data).ToList()).ToList();
        int Cases<T>() => streams.Count(s => s.OfType<T>().Any());
        int Events<T>() => streams.Sum(s => s.OfType<T>().Count());
        // The answer that stands: the last final response not followed by a reopening.
        var standing = streams.Select(s => s.LastOrDefault(e => e is FinalResponseSent or CaseReopened) as FinalResponseSent).Where(r => r is not null).ToList();
        var feedback = streams.SelectMany(s => s.OfType<ComplainantFeedbackRecorded>()).ToList();

        Assert.True(streams.Count == 150, $"150 cases written, {streams.Count} found");
        Assert.Equal(Cases<ComplaintRaised>(), (int)report["complaintsReceived"]!);
        Assert.Equal(Cases<HarmIncidentReported>(), (int)report["incidentsReported"]!);
        Assert.Equal(Cases<ComplaintWithdrawn>(), (int)report["withdrawn"]!);
        Assert.Equal(Cases<ComplaintAcknowledged>(), (int)report["acknowledgement"]!["acknowledged"]!);
        Assert.Equal(streams.Count(s => s.OfType<ComplaintAcknowledged>().Any(a => a.OnTime)), (int)report["acknowledgement"]!["onTime"]!);
        Assert.Equal(standing.Count, (int)report["finalResponse"]!["responded"]!);
        Assert.Equal(standing.Count(r => r!.Outcome == ComplaintOutcome.Upheld), (int)report["outcomes"]!["upheld"]!);
        Assert.Equal(standing.Count(r => r!.Outcome == ComplaintOutcome.NotUpheld), (int)report["outcomes"]!["notUpheld"]!);
        Assert.Equal(Cases<CaseEscalatedToOmbudsman>(), (int)report["outcomes"]!["referredToOmbudsman"]!);
        Assert.Equal(Cases<NotifiableIncidentDeclared>(), (int)report["candour"]!["notifiableIncidents"]!);
        Assert.Equal(Events<ActionCommitted>(), (int)report["actions"]!["committed"]!);
        Assert.Equal(Events<ActionCompleted>(), (int)report["actions"]!["completed"]!);
        Assert.Equal(Cases<AdvocacyOffered>(), (int)report["advocacy"]!["offered"]!);
        Assert.Equal(Cases<RestorativeProcessOffered>(), (int)report["restorative"]!["offered"]!);
        Assert.Equal(Events<RestorativeAgreementReached>(), (int)report["restorative"]!["agreementsReached"]!);
        Assert.Equal(feedback.Count, (int)report["satisfaction"]!["responses"]!);
        Assert.Equal(feedback.Count(f => f.FeltHeard), (int)report["satisfaction"]!["feltHeard"]!);
        // The generator must give the figures something to count.
        Assert.All(new[] { Cases<ComplaintAcknowledged>(), standing.Count, Events<ActionCommitted>(), Cases<NotifiableIncidentDeclared>(), feedback.Count },
            count => Assert.True(count > 0));
    }

    [Fact]
    public async Task a_rebuild_gives_exactly_the_reports_of_the_live_projection()
    {
        var clock = Stopwatch.StartNew();
        var auditor = await Generated(seed: 6, cases: 10_000);
        var written = clock.Elapsed;
        var urls = new[]
        {
            $"/api/reports/learning?{Range()}", "/api/reports/annual/2026", $"/api/reports/cqc-summary?{Range()}",
        };
        var live = await Read(auditor, urls);
        Assert.True((int)JsonNode.Parse(live[0])!["complaintsReceived"]! > 5_000);

        clock.Restart();
        var daemon = app.Host.Services.GetRequiredService<IProjectionCoordinator>().DaemonForMainDatabase();
        await daemon.RebuildProjectionAsync(LearningReportProjection.Name, WrittenCases.ProjectionWait, CancellationToken.None);
        await app.Host.WaitForNonStaleProjectionDataAsync(WrittenCases.ProjectionWait);
        var rebuilt = await Read(auditor, urls);
        output.WriteLine($"10,000 cases written and projected in {written.TotalSeconds:F1} s; rebuilt in {clock.Elapsed.TotalSeconds:F1} s");

        Assert.Equal(live, rebuilt);
    }

    /// <summary>Each report as JSON (without the freshness, which moves with the rebuild) and as CSV.</summary>
    private static async Task<List<string>> Read(Caller auditor, IEnumerable<string> urls)
    {
        var answers = new List<string>();
        foreach (var url in urls)
        {
            var json = (await auditor.GetJson(url)).AsObject();
            json.Remove("freshness");
            answers.Add(json.ToJsonString());
            answers.Add(await (await auditor.Get(url, accept: "text/csv")).ReadAsTextAsync());
        }

        return answers;
    }
}
