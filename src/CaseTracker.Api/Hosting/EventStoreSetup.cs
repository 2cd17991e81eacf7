using CaseTracker.Api.Audit;
using CaseTracker.Api.Cases.Raising;
using CaseTracker.Api.Projections;
using CaseTracker.Domain.Calendar;
using CaseTracker.Domain.Cases;
using JasperFx.Events;
using JasperFx.Events.Daemon;
using JasperFx.Events.Projections;
using Marten;
using Npgsql;
using Weasel.Core;
using Wolverine.Marten;

namespace CaseTracker.Api.Hosting;

/// <summary>Marten as the event store: one stream per case, tenants side by side in one database (conjoined).</summary>
public static class EventStoreSetup
{
    public const string Schema = "casetracker";

    public static IServiceCollection AddCaseTrackerEventStore(this IServiceCollection services, IConfiguration configuration)
    {
        var connectionString = configuration.GetConnectionString("Marten")
            ?? throw new InvalidOperationException("Set ConnectionStrings:Marten (env CONNECTIONSTRINGS__MARTEN), or start with ./eng/run.sh.");

        var marten = services.AddMarten(sp =>
            {
                var options = new StoreOptions();
                Configure(options, connectionString, sp.GetRequiredService<WorkingDayCalendar>(), sp.GetRequiredService<TimeProvider>());
                return options;
            })
            .UseLightweightSessions()
            .ApplyAllDatabaseChangesOnStartup();

        // The learning reports are projected in the background.
        if (Nodes.IsSolo(configuration))
        {
            // One process (tests, local runs): Marten's own daemon starts every projection at once.
            marten.AddAsyncDaemon(DaemonMode.Solo).IntegrateWithWolverine();
        }
        else
        {
            // Several nodes: Wolverine's leader (elected through a PostgreSQL advisory lock) hands each async
            // projection to one living node as an agent, spreads them over the nodes, and moves them off a node that
            // stops sending heartbeats. It replaces Marten's daemon coordination outright, so no AddAsyncDaemon
            // here: Wolverine refuses to start beside Solo or HotCold, and sets the store to ExternallyManaged.
            marten.IntegrateWithWolverine(wolverine => wolverine.UseWolverineManagedEventSubscriptionDistribution = true);
        }

        return services;
    }

    /// <summary>The store's whole configuration, shared by the host and by tools that write or measure outside it.</summary>
    public static void Configure(StoreOptions options, string connectionString, WorkingDayCalendar calendar, TimeProvider clock)
    {
        options.Connection(WithPreparedStatements(connectionString));
        options.DatabaseSchemaName = Schema;
        options.RetryTransientReads();
        options.UseSystemTextJsonForSerialization(EnumStorage.AsString, Casing.CamelCase, JsonSetup.ConfigureStorage);

        // Each provider organisation is a tenant; every event and document carries its tenant id.
        options.Events.TenancyStyle = JasperFx.MultiTenancy.TenancyStyle.Conjoined;
        options.Policies.AllDocumentsAreMultiTenanted();
        options.Events.StreamIdentity = StreamIdentity.AsGuid;

        // Rich appends give inline projections each event's version (the ETag) at append time,
        // and stamp events with this clock in the application rather than in the database,
        // so the integrity seal can cover the timestamp in the same transaction.
        options.Events.AppendMode = EventAppendMode.Rich;
        options.Events.TimeProvider = new UtcClock(clock);
        options.Events.MetadataConfig.EnableAll();
        options.Events.MetadataConfig.UserNameEnabled = true;

        // A gap in the event sequence is usually a transaction still committing. Marten fills the numbers of one
        // that failed with tombstones, so the daemon may wait for the rest: give up on a gap (a process killed
        // mid-commit) only after half a minute, not after Marten's 3 s, which a batch on a busy machine can outlast
        // and the learning reports would then miss its events for good.
        options.Projections.StaleSequenceThreshold = TimeSpan.FromSeconds(30);
        options.Events.AddEventTypes(CaseEvents.All);
        options.Projections.Add(new CaseStateProjection(), ProjectionLifecycle.Live);
        options.Projections.Add(new CaseSummaryProjection(), ProjectionLifecycle.Inline);
        options.Projections.Add(new AccountabilityTimelineProjection(calendar), ProjectionLifecycle.Inline);
        options.Projections.Add(new CaseDeadlinesProjection(), ProjectionLifecycle.Inline);
        options.Projections.Add(new RestorativeWorkProjection(), ProjectionLifecycle.Inline);
        options.Projections.Add(
            new LearningReportProjection(calendar), ProjectionLifecycle.Async, LearningReportProjection.Name,
            // A rebuild starts from nothing: its document types are cleared before the events are replayed.
            async =>
            {
                async.DeleteViewTypeOnTeardown<LearningReport>();
                async.DeleteViewTypeOnTeardown<ThemeDays>();
                async.DeleteViewTypeOnTeardown<ReportedCase>();
            });

        options.Schema.For<CaseSummary>()
            .Index(x => x.ReceivedAt)
            .Index(x => x.Status)
            .Index(x => x.Service)
            .Index(x => x.Handler);
        // After the inline projections: the seal is a statement whose result nothing reads, so it must come
        // after every write in the batch whose result Marten does read (a read model's new version).
        options.AddIntegrityChain();

        options.Schema.For<RestorativeWork>().Index(x => x.Facilitator);
        options.Schema.For<LearningReport>().Duplicate(x => x.Month).Duplicate(x => x.Service);
        options.Schema.For<ThemeDays>();
        options.Schema.For<ReportedCase>();
        options.Schema.For<CaseReferenceCounter>();
        options.Schema.For<IdempotencyRecord>();
    }

    /// <summary>
    /// A command runs the same dozen statements every time (load the stream, the read models, the seal), so
    /// Npgsql prepares each after a few uses and PostgreSQL plans it once per connection instead of every time.
    /// A connection string that sets Max Auto Prepare itself keeps its own choice.
    /// </summary>
    public static string WithPreparedStatements(string connectionString)
    {
        var builder = new NpgsqlConnectionStringBuilder(connectionString);
        if (builder.MaxAutoPrepare == 0) builder.MaxAutoPrepare = 100;
        return builder.ConnectionString;
    }
}
