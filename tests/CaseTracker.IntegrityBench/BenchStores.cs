using CaseTracker.Api.Audit;
using CaseTracker.Api.Hosting;
using CaseTracker.Api.Http;
using CaseTracker.Api.Projections;
using CaseTracker.Domain.Calendar;
using JasperFx.Events.Projections;
using JasperFx;
using JasperFx.Events;
using Marten;
using Weasel.Core;

namespace CaseTracker.IntegrityBench;

/// <summary>
/// Event stores configured as the service configures its own (conjoined tenancy, Rich appends, all
/// metadata, the same JSON), with and without the integrity chain. Without read models the chain's
/// cost is measured against the bare append, the harshest comparison; with them, against what an
/// append costs in the service, where every event also updates the case's inline read models.
/// </summary>
internal static class BenchStores
{
    public static async Task<DocumentStore> Create(string connectionString, bool chained, TimeProvider clock, bool readModels = false)
    {
        var options = new StoreOptions();
        options.Connection(connectionString);
        // The chain's tables live in the service's schema; the plain stores get schemas of their own.
        options.DatabaseSchemaName = chained ? EventStoreSetup.Schema : readModels ? "bench_plain_read_models" : "bench_plain";
        options.UseSystemTextJsonForSerialization(EnumStorage.AsString, Casing.CamelCase, JsonSetup.ConfigureStorage);
        options.Events.TenancyStyle = JasperFx.MultiTenancy.TenancyStyle.Conjoined;
        options.Policies.AllDocumentsAreMultiTenanted();
        options.Events.StreamIdentity = StreamIdentity.AsGuid;
        options.Events.AppendMode = EventAppendMode.Rich;
        options.Events.TimeProvider = clock;
        options.Events.MetadataConfig.EnableAll();
        options.Events.MetadataConfig.UserNameEnabled = true;
        options.Events.AddEventTypes(CaseEvents.All);
        options.AutoCreateSchemaObjects = AutoCreate.All;
        if (readModels)
        {
            options.Projections.Add(new CaseSummaryProjection(), ProjectionLifecycle.Inline);
            options.Projections.Add(new AccountabilityTimelineProjection(WorkingDayCalendar.EnglandAndWales), ProjectionLifecycle.Inline);
            options.Projections.Add(new CaseDeadlinesProjection(), ProjectionLifecycle.Inline);
            options.Projections.Add(new RestorativeWorkProjection(), ProjectionLifecycle.Inline);
        }

        // Last, as in the service: the seal's statement must follow the read models' writes in the batch.
        if (chained) options.AddIntegrityChain();

        var store = new DocumentStore(options);
        await store.Storage.ApplyAllConfiguredChangesToDatabaseAsync();
        return store;
    }
}
