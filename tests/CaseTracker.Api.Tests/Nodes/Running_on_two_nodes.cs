using System.Globalization;
using CaseTracker.Api.Tests.Infrastructure;
using Xunit.Abstractions;

namespace CaseTracker.Api.Tests.Nodes;

/// <summary>
/// Two API processes over one PostgreSQL, as operators run them behind a load balancer (Balanced, not Solo).
/// Handlers write through both; then the node running the learning-report projection is killed outright.
/// The other takes the projection over and runs the deadline checks that fall due after the kill, including
/// those the dead node scheduled; no duty is flagged overdue twice, and the report adds up to the events.
/// </summary>
public sealed class Running_on_two_nodes(ITestOutputHelper output)
{
    // Complaints received on Tuesday 1 September 2026 must be acknowledged by Friday 4 September: overdue from 23:00 UTC.
    private static readonly DateTimeOffset ReceivedTuesday = new(2026, 9, 1, 10, 0, 0, TimeSpan.FromHours(1));
    private static readonly DateTimeOffset AcknowledgementOverdueFrom = new(2026, 9, 4, 23, 0, 0, TimeSpan.Zero);

    // Those received the Tuesday before were overdue from Friday 28 August, already past: checked at once.
    private static readonly DateTimeOffset ReceivedWeekBefore = ReceivedTuesday.AddDays(-7);

    /// <summary>
    /// Real time from the start until Tuesday's complaints fall overdue: long enough to start two nodes, write
    /// through both and kill one first (the story checks that it did, from what is still waiting in the inbox).
    /// </summary>
    private static readonly TimeSpan UntilTuesdaysFallDue = TimeSpan.FromSeconds(180);

    private static readonly TimeSpan Generous = TimeSpan.FromSeconds(90);

    [Fact]
    public async Task a_killed_nodes_projection_and_deadline_checks_are_taken_over_and_nothing_is_flagged_twice()
    {
        await using var database = await TestDatabase.CreateAsync();
        var cluster = new TheCluster(database.ConnectionString);
        var key = ApiProcess.NewSigningKey();
        var tenant = $"nodes-{Guid.NewGuid():N}"[..20];
        var token = DevTokens.Issue(key, "pat.handler", "handler", tenant);
        var fallDueAt = DateTimeOffset.UtcNow + UntilTuesdaysFallDue;
        var settings = new Dictionary<string, string>
        {
            ["CaseTracker__Solo"] = "false",
            // Both nodes agree on the story's time: Tuesday's complaints fall overdue at fallDueAt, in real time.
            ["CaseTracker__Clock__Offset"] = (AcknowledgementOverdueFrom - fallDueAt).ToString("c", CultureInfo.InvariantCulture),
            // A heartbeat a second, and a node silent for five taken for dead: a takeover within seconds, not minutes.
            ["CaseTracker__Nodes__HealthCheckSeconds"] = "1",
            ["CaseTracker__Nodes__StaleAfterSeconds"] = "5",
            ["CaseTracker__Nodes__CheckAssignmentsSeconds"] = "2",
        };

        // On a busy machine a node takes a while to start: the second starts as soon as the first has
        // registered, so the two come up side by side and the first is the older.
        var startingFirst = ApiProcess.StartAsync(database.ConnectionString, key, settings: settings);
        var firstNode = (await Eventually.Until(cluster.Nodes, nodes => nodes.Count >= 1, "the first node to register", Generous))[0];
        var (first, second) = await BothStarted(startingFirst, ApiProcess.StartAsync(database.ConnectionString, key, settings: settings));
        await using var stopFirst = first;
        await using var stopSecond = second;
        var secondNode = (await Eventually.Until(cluster.Nodes, nodes => nodes.Count == 2, "the second node to register", Generous)).Single(n => n != firstNode);
        output.WriteLine($"{Elapsed()}: two nodes up");

        using var onFirst = new NodeCaller(first, token);
        using var onSecond = new NodeCaller(second, token);
        var overdueAlready = new List<Guid>();
        var fallingDueLater = new List<Guid>();
        var acknowledged = new List<Guid>();
        foreach (var node in new[] { onFirst, onSecond })
        {
            for (var i = 0; i < 3; i++) overdueAlready.Add(await node.RaiseComplaint(ReceivedWeekBefore));
            for (var i = 0; i < 3; i++) fallingDueLater.Add(await node.RaiseComplaint(ReceivedTuesday));
            var done = await node.RaiseComplaint(ReceivedTuesday);
            await node.Acknowledge(done);
            acknowledged.Add(done);
            await node.AddNote(overdueAlready[^1]);
        }

        // Kill the node the leader gave the projection to.
        var runner = await Eventually.Until(cluster.LearningReportRunner, r => r is not null, "the leader to give the projection to a node", Generous);
        var (doomed, survivor, survivorNode) = runner == secondNode ? (second, onFirst, firstNode) : (first, onSecond, secondNode);
        await doomed.KillAsync();
        output.WriteLine($"{Elapsed()}: killed the node running the projection ({(runner == secondNode ? "second" : "first")})");

        // Nothing of Tuesday's has fallen due yet: every one of their checks is still waiting in PostgreSQL,
        // half of them scheduled by the node now dead.
        var waiting = await cluster.WaitingChecks(fallingDueLater, DateOnly.FromDateTime(AcknowledgementOverdueFrom.UtcDateTime));
        if (waiting.Count != fallingDueLater.Count)
            Assert.Fail($"Only {waiting.Count} of {fallingDueLater.Count} checks were still waiting after the kill:\n{await cluster.ScheduledChecks()}");

        // Handlers carry on through the survivor.
        for (var i = 0; i < 2; i++) overdueAlready.Add(await survivor.RaiseComplaint(ReceivedWeekBefore));
        for (var i = 0; i < 2; i++) fallingDueLater.Add(await survivor.RaiseComplaint(ReceivedTuesday));
        await survivor.AddNote(fallingDueLater[0]);

        await Eventually.Until(cluster.LearningReportRunner, r => r == survivorNode, "the survivor to take over the learning-report projection", Generous);
        output.WriteLine($"{Elapsed()}: the survivor runs the projection");

        var shouldBeFlagged = overdueAlready.Concat(fallingDueLater).ToHashSet();
        await Eventually.Until(
            () => cluster.EventsPerCase(tenant, "acknowledgement_overdue"),
            flagged => shouldBeFlagged.All(flagged.ContainsKey),
            "every unacknowledged complaint to be flagged overdue", UntilTuesdaysFallDue + Generous);
        output.WriteLine($"{Elapsed()}: every unacknowledged complaint flagged ({Elapsed(fallDueAt)} after Tuesday's fell due)");
        // A second flag would come from a check run twice, or on both nodes: give it every chance to appear.
        await Task.Delay(TimeSpan.FromSeconds(5));

        var overdue = await cluster.EventsPerCase(tenant, "acknowledgement_overdue");
        Assert.Equal(shouldBeFlagged.Order(), overdue.Keys.Order());
        Assert.All(overdue, flagged => Assert.True(flagged.Value == 1, $"case {flagged.Key} was flagged overdue {flagged.Value} times"));
        Assert.DoesNotContain(acknowledged, overdue.ContainsKey);

        // The report, projected by the survivor from events written through both nodes and after the kill,
        // gives the figures a count straight from the events gives.
        var raised = (await cluster.EventsPerCase(tenant, "complaint_raised")).Count;
        var acknowledgedInStore = (await cluster.EventsPerCase(tenant, "complaint_acknowledged")).Count;
        var report = await Eventually.Until(
            () => survivor.LearningReport("2026-08", "2026-09"),
            r => (long)r["freshness"]!["lagEvents"]! == 0 && (int)r["complaintsReceived"]! == raised
                 && (int)r["acknowledgement"]!["awaitingOverdue"]! == overdue.Count,
            "the learning report to catch up with every event", Generous);
        Assert.Equal(raised, overdueAlready.Count + fallingDueLater.Count + acknowledged.Count);
        Assert.Equal(raised, (int)report["complaintsReceived"]!);
        Assert.Equal(acknowledgedInStore, (int)report["acknowledgement"]!["acknowledged"]!);
        Assert.Equal(overdue.Count, (int)report["acknowledgement"]!["awaitingOverdue"]!);
    }

    /// <summary>Both nodes once ready; if either fails to start, the other is stopped too.</summary>
    private static async Task<(ApiProcess First, ApiProcess Second)> BothStarted(Task<ApiProcess> first, Task<ApiProcess> second)
    {
        try
        {
            await Task.WhenAll(first, second);
        }
        catch
        {
            foreach (var starting in new[] { first, second })
            {
                if (starting.IsCompletedSuccessfully) await starting.Result.DisposeAsync();
            }

            throw;
        }

        return (first.Result, second.Result);
    }

    private readonly DateTimeOffset _started = DateTimeOffset.UtcNow;

    private string Elapsed() => $"{(DateTimeOffset.UtcNow - _started).TotalSeconds:0} s";

    private static string Elapsed(DateTimeOffset since) => $"{(DateTimeOffset.UtcNow - since).TotalSeconds:0} s";
}
