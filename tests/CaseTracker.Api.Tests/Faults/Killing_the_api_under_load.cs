using System.Net.Http.Headers;
using System.Text.Json.Nodes;
using CaseTracker.Api.Tests.Infrastructure;
using Xunit.Abstractions;

namespace CaseTracker.Api.Tests.Faults;

/// <summary>
/// The API process is killed outright (SIGKILL) while handlers are writing, and started again.
/// What it acknowledged is in the store exactly once; requests it never answered either never
/// happened or happened once; and the learning report, projected in the background, catches up
/// to the same figure as a count straight from the events.
/// </summary>
public sealed class Killing_the_api_under_load(ITestOutputHelper output)
{
    [Fact]
    public async Task nothing_acknowledged_is_lost_and_the_reports_catch_up_after_a_kill()
    {
        await using var database = await TestDatabase.CreateAsync();
        var key = ApiProcess.NewSigningKey();
        var first = await ApiProcess.StartAsync(database.ConnectionString, key);
        var tenant = $"kill-{Guid.NewGuid():N}"[..20];
        var token = DevTokens.Issue(key, "pat.handler", "handler", tenant);

        var load = WriteLoad.Start(first.Address, token, clients: 6, seed: 20261127);
        await load.UntilAcknowledged(40, "before the kill");
        await first.KillAsync();
        await using var second = await ApiProcess.StartAsync(database.ConnectionString, key, first.Address.Port);
        await first.DisposeAsync();
        await load.UntilAcknowledged(40, "after the restart");
        var sent = await load.StopAsync();

        var unanswered = sent.Where(c => !c.Acknowledged).ToList();
        var raisedAgain = new List<SentCommand>();
        foreach (var raise in unanswered.Where(c => c.RaisesCase)) raisedAgain.Add(await WriteLoad.Resend(second.Address, token, raise));
        var store = await WhatTheStoreHolds.Read(database.ConnectionString, tenant);
        var report = await ReportOnceCaughtUp(second, token, store.ComplaintsRaised);
        output.WriteLine($"{sent.Count} commands sent, {sent.Count - unanswered.Count} acknowledged, {unanswered.Count} unanswered; "
                         + $"{raisedAgain.Count} complaints sent again; {store.ComplaintsRaised} complaints in the store.");

        Assert.NotEmpty(unanswered);
        Assert.All(unanswered, c => Assert.True(c.Status == 0, $"{c.Status}: {c.Problem}"));
        Assert.All(raisedAgain, c => Assert.True(c.Acknowledged, $"resent complaint answered {c.Status}: {c.Problem}"));
        Acknowledged_means_recorded.Holds([.. sent.Where(c => c.Acknowledged), .. raisedAgain, .. unanswered.Where(c => !c.RaisesCase)], store);
        Assert.Equal(store.ComplaintsRaised, (int)report["complaintsReceived"]!);
        Assert.Equal(0, (long)report["freshness"]!["lagEvents"]!);
    }

    /// <summary>The learning report over the months the load's complaints fall in, once the background projection has caught up.</summary>
    private static async Task<JsonNode> ReportOnceCaughtUp(ApiProcess api, string token, int complaints)
    {
        using var client = new HttpClient { BaseAddress = api.Address };
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
        var now = DateTimeOffset.UtcNow;
        var url = $"/api/reports/learning?from={now.AddMonths(-1):yyyy-MM}&to={now:yyyy-MM}";
        return await Eventually.Until(
            async () => JsonNode.Parse(await client.GetStringAsync(url))!,
            report => (long)report["freshness"]!["lagEvents"]! == 0 && (int)report["complaintsReceived"]! == complaints,
            $"the learning report to count {complaints} complaints", TimeSpan.FromSeconds(90));
    }
}
