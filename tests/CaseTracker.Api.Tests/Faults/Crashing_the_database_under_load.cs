using CaseTracker.Api.Tests.Infrastructure;
using Xunit.Abstractions;

namespace CaseTracker.Api.Tests.Faults;

/// <summary>
/// PostgreSQL dies (an immediate shutdown: no checkpoint) while handlers are raising complaints
/// and writing notes, and comes back. Every command that got a 2xx is in the store exactly once;
/// the rest failed with an honest 503, never a 500 or a hang, and a complaint sent again with
/// its Idempotency-Key is raised once, whether or not the first attempt had landed.
/// </summary>
public sealed class Crashing_the_database_under_load(ITestOutputHelper output)
{
    [Fact]
    public async Task every_acknowledged_command_survives_the_crash_exactly_once()
    {
        await using var postgres = await ScratchPostgres.StartAsync();
        var key = ApiProcess.NewSigningKey();
        await using var api = await ApiProcess.StartAsync(postgres.ConnectionString, key);
        var tenant = $"crash-{Guid.NewGuid():N}"[..20];
        var token = DevTokens.Issue(key, "pat.handler", "handler", tenant);

        var load = WriteLoad.Start(api.Address, token, clients: 6, seed: 20261126);
        await load.UntilAcknowledged(40, "before the crash");
        await postgres.CrashAsync();
        await Task.Delay(TimeSpan.FromSeconds(2));
        await postgres.StartAgainAsync();
        await load.UntilAcknowledged(40, "after the database came back");
        var sent = await load.StopAsync();

        var refused = sent.Where(c => !c.Acknowledged).ToList();
        // One by one, as a handler's client retries: a burst of raises has its own honest answer (503 busy).
        var raisedAgain = new List<SentCommand>();
        foreach (var raise in refused.Where(c => c.RaisesCase)) raisedAgain.Add(await WriteLoad.Resend(api.Address, token, raise));
        var store = await WhatTheStoreHolds.Read(postgres.ConnectionString, tenant);
        output.WriteLine($"{sent.Count} commands sent, {sent.Count - refused.Count} acknowledged, {refused.Count} refused during the outage; "
                         + $"{raisedAgain.Count} complaints sent again with their Idempotency-Key.");

        Assert.NotEmpty(refused);
        Assert.All(refused, c => Assert.True(c.Status == 503, $"{c.Status}: {c.Problem}"));
        Assert.All(raisedAgain, c => Assert.True(c.Acknowledged, $"resent complaint answered {c.Status}"));
        Acknowledged_means_recorded.Holds([.. sent.Where(c => c.Acknowledged), .. raisedAgain, .. refused.Where(c => !c.RaisesCase)], store);
        Assert.All(raisedAgain, c => Assert.Equal(1, store.TimesRecorded(c.Marker)));
    }
}
