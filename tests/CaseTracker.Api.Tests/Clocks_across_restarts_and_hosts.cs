using CaseTracker.Api.Tests.Infrastructure;

namespace CaseTracker.Api.Tests;

/// <summary>
/// Scheduled duty checks live in PostgreSQL, not in a host's memory: one scheduled by a host that then
/// stops still runs when a host starts again, and with two hosts polling one database each runs once.
/// </summary>
[Collection(ApiCollection.Name)]
public sealed class Clocks_across_restarts_and_hosts(CaseTrackerApp app)
{
    // Tuesday 1 September 2026: acknowledgement due Friday 4 September, overdue from 23:00 UTC that day.
    private static readonly DateTimeOffset ReceivedTuesday = new(2026, 9, 1, 10, 0, 0, TimeSpan.FromHours(1));
    private static readonly DateTimeOffset AckOverdueFrom = new(2026, 9, 4, 23, 0, 0, TimeSpan.Zero);

    [Fact]
    public async Task a_check_scheduled_before_a_restart_fires_after_it_exactly_once_even_with_two_hosts_running()
    {
        await using var database = await TestDatabase.CreateAsync();
        // Due in six seconds of real time: the first host is gone long before then.
        var clock = new TestClock(AckOverdueFrom.AddSeconds(-6));
        string tenant;
        Guid scheduledBeforeRestart;
        await using (var first = await app.StartHost(database.ConnectionString, clock))
        {
            var handler = Caller.InNewTenant(app).On(first);
            tenant = handler.Tenant;
            scheduledBeforeRestart = await handler.RaiseComplaint(ReceivedTuesday);
            Assert.Empty(await Eventually.Entries(handler, scheduledBeforeRestart, "acknowledgement-overdue"));
        }

        await Task.Delay(TimeSpan.FromSeconds(6));
        clock.SetTo(AckOverdueFrom.AddDays(3));
        await using var second = await app.StartHost(database.ConnectionString, clock);
        await using var third = await app.StartHost(database.ConnectionString, clock);
        var onSecond = new Caller(app, tenant, host: second);
        var onThird = onSecond.On(third);
        // Already overdue when raised: checked at once, with both hosts polling.
        var raisedWithTwoHosts = await onThird.RaiseComplaint(ReceivedTuesday);

        await Eventually.UntilEntry(onSecond, scheduledBeforeRestart, "acknowledgement-overdue");
        await Eventually.UntilEntry(onSecond, raisedWithTwoHosts, "acknowledgement-overdue");
        // Give a duplicate every chance to appear before counting.
        await Task.Delay(TimeSpan.FromSeconds(3));
        Assert.Single(await Eventually.Entries(onSecond, scheduledBeforeRestart, "acknowledgement-overdue"));
        Assert.Single(await Eventually.Entries(onThird, raisedWithTwoHosts, "acknowledgement-overdue"));
    }
}
