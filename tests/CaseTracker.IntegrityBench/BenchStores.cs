using CaseTracker.Api.Audit;
using CaseTracker.Api.Hosting;
using CaseTracker.Api.Http;
using JasperFx;
using JasperFx.Events;
using Marten;
using Weasel.Core;

namespace CaseTracker.IntegrityBench;

/// <summary>
/// Event stores configured as the service configures its own (conjoined tenancy, Rich appends, all
/// metadata, the same JSON), with and without the integrity chain. Read models are left out of both,
/// so the chain's cost is measured against the bare append: the harshest comparison.
/// </summary>
internal static class BenchStores
{
    public static async Task<DocumentStore> Create(string connectionString, bool chained, TimeProvider clock)
    {
        var options = new StoreOptions();
        options.Connection(connectionString);
        // The chain's tables live in the service's schema; the plain store gets one of its own.
        options.DatabaseSchemaName = chained ? EventStoreSetup.Schema : "bench_plain";
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
        if (chained) options.AddIntegrityChain();

        var store = new DocumentStore(options);
        await store.Storage.ApplyAllConfiguredChangesToDatabaseAsync();
        return store;
    }
}
