namespace CaseTracker.Api.Tests.Faults;

/// <summary>
/// The promise every fault story checks: what was acknowledged is in the store once and nothing is
/// there twice; each case's versions run 1, 2, 3… and references have no gaps; and every case's
/// duty check, scheduled through the outbox in the same transaction, is waiting to run.
/// </summary>
public static class Acknowledged_means_recorded
{
    public static void Holds(IReadOnlyList<SentCommand> sent, WhatTheStoreHolds store)
    {
        var lost = sent.Where(c => c.Acknowledged && store.TimesRecorded(c.Marker) != 1).ToList();
        var doubled = sent.Where(c => store.TimesRecorded(c.Marker) > 1).ToList();
        var unknown = store.Markers.Keys.Except(sent.Select(c => c.Marker)).ToList();

        Assert.True(lost.Count == 0, $"{lost.Count} acknowledged commands are not in the store exactly once, e.g. {lost.FirstOrDefault()}");
        Assert.True(doubled.Count == 0, $"{doubled.Count} commands are in the store more than once, e.g. {doubled.FirstOrDefault()}");
        Assert.Empty(unknown);
        Assert.Empty(store.StreamsOutOfOrder);
        Assert.Empty(store.ReferenceYearsWithGaps);
        Assert.Empty(store.CasesWithoutDutyCheck);
    }
}
