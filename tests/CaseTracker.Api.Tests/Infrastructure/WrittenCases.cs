using CaseTracker.Api.Samples;
using CaseTracker.Domain.Calendar;
using Marten;
using Marten.Events;
using Microsoft.Extensions.DependencyInjection;

namespace CaseTracker.Api.Tests.Infrastructure;

/// <summary>Case histories written straight to the event store through the decider, then projected by the async daemon.</summary>
public static class WrittenCases
{
    /// <summary>Long enough for the daemon on 2 busy cores; a wait that runs out fails the test.</summary>
    public static readonly TimeSpan ProjectionWait = TimeSpan.FromSeconds(120);

    public static WorkingDayCalendar Calendar(this CaseTrackerApp app) => app.Host.Services.GetRequiredService<WorkingDayCalendar>();

    public static SampleDays Days(this CaseTrackerApp app) => new(app.Calendar(), app.Calendar().DayOf(app.Clock.GetUtcNow()));

    public static async Task<int> WriteCases(this CaseTrackerApp app, string tenant, IReadOnlyList<SampleCaseScript> scripts, int batchSize = 500)
    {
        var store = app.Host.Services.GetRequiredService<IDocumentStore>();
        var events = await new CaseWriter(store, app.Calendar()).WriteAsync(tenant, scripts, app.Clock.GetUtcNow(), batchSize);
        await app.Host.WaitForNonStaleProjectionDataAsync(ProjectionWait);
        return events;
    }
}
