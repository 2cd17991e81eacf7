using CaseTracker.Api.Hosting;
using Marten;
using Weasel.Postgresql;
using Weasel.Postgresql.Functions;
using Weasel.Postgresql.Tables;

namespace CaseTracker.Api.Audit.Integrity;

/// <summary>
/// Where the chain and its checkpoints are kept: beside Marten's own event tables, in the same
/// schema, created and migrated with them. Seals are keyed like events (tenant, stream, version).
/// </summary>
public static class IntegrityTables
{
    public const string Seals = EventStoreSetup.Schema + ".ct_event_seals";
    public const string Checkpoints = EventStoreSetup.Schema + ".ct_integrity_checkpoints";
    public const string CheckpointTenants = EventStoreSetup.Schema + ".ct_integrity_checkpoint_tenants";
    public const string CheckpointHeads = EventStoreSetup.Schema + ".ct_integrity_checkpoint_heads";
    public const string SealEvent = EventStoreSetup.Schema + ".ct_seal_event";
    public const string Events = EventStoreSetup.Schema + ".mt_events";
    public const string Streams = EventStoreSetup.Schema + ".mt_streams";

    public static void AddTo(StoreOptions options)
    {
        var seals = new Table(Name("ct_event_seals"));
        seals.AddColumn<string>("tenant_id").AsPrimaryKey().NotNull();
        seals.AddColumn<Guid>("stream_id").AsPrimaryKey().NotNull();
        seals.AddColumn<long>("version").AsPrimaryKey().NotNull();
        seals.AddColumn("previous_hash", "bytea").NotNull();
        seals.AddColumn("hash", "bytea").NotNull();
        seals.AddColumn("personal", "jsonb").NotNull();

        var checkpoints = new Table(Name("ct_integrity_checkpoints"));
        checkpoints.AddColumn<long>("id").AsPrimaryKey().BigAutoIncrement();
        checkpoints.AddColumn<DateTimeOffset>("taken_at").NotNull();
        checkpoints.AddColumn<string>("taken_by").NotNull();
        checkpoints.AddColumn<long>("streams").NotNull();
        checkpoints.AddColumn<long>("events").NotNull();
        checkpoints.AddColumn("root", "bytea").NotNull();

        var tenants = new Table(Name("ct_integrity_checkpoint_tenants"));
        tenants.AddColumn<long>("checkpoint_id").AsPrimaryKey().NotNull();
        tenants.AddColumn<string>("tenant_id").AsPrimaryKey().NotNull();
        tenants.AddColumn<long>("streams").NotNull();
        tenants.AddColumn<long>("events").NotNull();
        tenants.AddColumn("root", "bytea").NotNull();

        var heads = new Table(Name("ct_integrity_checkpoint_heads"));
        heads.AddColumn<long>("checkpoint_id").AsPrimaryKey().NotNull();
        heads.AddColumn<string>("tenant_id").AsPrimaryKey().NotNull();
        heads.AddColumn<Guid>("stream_id").AsPrimaryKey().NotNull();
        heads.AddColumn<long>("version").NotNull();
        heads.AddColumn("hash", "bytea").NotNull();

        options.Storage.ExtendedSchemaObjects.AddRange([seals, checkpoints, tenants, heads, SealFunction()]);
    }

    /// <summary>
    /// Links and stores one seal. A function rather than a statement per append, so that PostgreSQL
    /// plans the lookup and the insert once per connection instead of once per event.
    /// </summary>
    private static Function SealFunction() => new(new PostgresqlObjectName(EventStoreSetup.Schema, "ct_seal_event", SchemaUtils.IdentifierUsage.Function), $$"""
        create or replace function {{SealEvent}}(p_tenant varchar, p_stream uuid, p_version bigint, p_canonical bytea, p_personal jsonb)
        returns void language plpgsql as $body$
        declare previous bytea;
        begin
            if p_version = 1 then
                previous := '\x{{ChainHash.Hex(ChainHash.Genesis)}}'::bytea;
            else
                select s.hash into previous from {{Seals}} s where s.tenant_id = p_tenant and s.stream_id = p_stream and s.version = p_version - 1;
                previous := coalesce(previous, '\x{{ChainHash.Hex(ChainHash.MissingLink)}}'::bytea);
            end if;
            insert into {{Seals}} (tenant_id, stream_id, version, previous_hash, hash, personal)
            values (p_tenant, p_stream, p_version, previous, sha256(previous || p_canonical), p_personal)
            on conflict do nothing;
        end;
        $body$;
        """);

    private static PostgresqlObjectName Name(string table) => new(EventStoreSetup.Schema, table, SchemaUtils.IdentifierUsage.General);
}
