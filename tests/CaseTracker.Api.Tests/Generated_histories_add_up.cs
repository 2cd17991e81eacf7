using System.Diagnostics;
using System.Text.Json.Nodes;
using CaseTracker.Api.Projections;
using CaseTracker.Api.Samples.Generation;
using CaseTracker.Api.Tests.Infrastructure;
using CaseTracker.Domain.Calendar;
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

    [Theory]
    [InlineData(4)]
    [InlineData(5)]
    public async Task repeat_themes_equal_those_found_case_by_case_from_the_events(int seed)
    {
        // Many cases over a few months, so themes come back often, and a range that starts after the
        // first cases, so that the cases before it count as earlier cases without being counted themselves.
        var auditor = Caller.InNewTenant(app, "audrey", "auditor");
        await app.WriteCases(auditor.Tenant, new CaseHistoryGenerator(app.Days(), seed).Generate(400, months: 6).ToList());
        var from = app.Days().Today.AddMonths(-3);
        var rangeStart = new DateOnly(from.Year, from.Month, 1);

        var report = await auditor.GetJson($"/api/reports/learning?from={from:yyyy-MM}&to={app.Days().Today:yyyy-MM}");

        var calendar = app.Host.Services.GetRequiredService<WorkingDayCalendar>();
        var store = app.Host.Services.GetRequiredService<IDocumentStore>();
        await using var query = store.QuerySession(auditor.Tenant);
        var streams = (await query.Events.QueryAllRawEvents().ToListAsync()).GroupBy(e => e.StreamId).Select(g => g.OrderBy(e => e.Version).Select(e => e.Data).ToList());
        var occurrences = streams
            .Select(s => (Opening: s[0], Themes: s.OfType<LearningRecorded>().SelectMany(l => l.Themes).Select(t => t.Trim()).Distinct(StringComparer.Ordinal)))
            .SelectMany(c => c.Themes.Select(theme => c.Opening switch
            {
                ComplaintRaised r => (r.Service, Theme: theme, Day: calendar.DayOf(r.ReceivedAt)),
                HarmIncidentReported i => (i.Service, Theme: theme, Day: calendar.DayOf(i.OccurredAt)),
                var other => throw new InvalidOperationException($"A case opened by {other.GetType().Name}"),
            }));
        // By the definition: a case in the range repeats when the case before it, in order of the day received,
        // had the same theme in the same service no more than 90 days earlier (the same day included).
        var expected = occurrences
            .GroupBy(o => (o.Service, o.Theme))
            .Select(g =>
            {
                var days = g.Select(o => o.Day).Order().ToList();
                var inRange = Enumerable.Range(0, days.Count).Where(i => days[i] >= rangeStart).ToList();
                var repeats = inRange.Count(i => i > 0 && days[i].DayNumber - days[i - 1].DayNumber <= 90);
                return (g.Key.Service, g.Key.Theme, Cases: inRange.Count, Repeats: repeats);
            })
            .Where(r => r.Repeats > 0)
            .OrderByDescending(r => r.Repeats).ThenBy(r => r.Service, StringComparer.Ordinal).ThenBy(r => r.Theme, StringComparer.Ordinal)
            .Take(50)
            .Select(r => $"{r.Service} / {r.Theme}: {r.Cases} cases, {r.Repeats} repeats")
            .ToList();

        var reported = report["repeatThemes"]!.AsArray()
            .Select(r => $"{r!["service"]} / {r["theme"]}: {r["cases"]} cases, {r["repeats"]} repeats")
            .ToList();
        Assert.True(expected.Count >= 5, $"The generator should give themes that come back; {expected.Count} found");
        Assert.Equal(expected, reported);
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
