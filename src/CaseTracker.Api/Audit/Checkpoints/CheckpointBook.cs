using System.Security.Cryptography;
using CaseTracker.Api.Audit.Integrity;
using Npgsql;

namespace CaseTracker.Api.Audit.Checkpoints;

/// <summary>
/// Takes and reads checkpoints. A checkpoint records the head (version and hash) of every case
/// stream with the time it was taken, and a Merkle root over them, so that a case deleted or cut
/// short afterwards is noticed even though its own chain would then look complete.
/// </summary>
public sealed partial class CheckpointBook(AuditDatabase database, TimeProvider clock, ILogger<CheckpointBook> logger)
{
    public const string Scheduled = "scheduled";
    public const string OnDemand = "on-demand";

    /// <summary>Any fixed number: hosts taking a checkpoint at the same moment queue on it, and only one proceeds.</summary>
    private const long CheckpointLock = 0x43_54_43_4B_50_54;

    private static readonly string EmptyRoot = ChainHash.Hex(SHA256.HashData(ReadOnlySpan<byte>.Empty));

    /// <summary>Takes a checkpoint of the whole store in one transaction. Null when another host is taking one right now.</summary>
    /// <param name="unlessNewerThan">Skip (return null) if the latest checkpoint is younger than this.</param>
    public async Task<long?> Take(string reason, TimeSpan? unlessNewerThan, CancellationToken ct)
    {
        await using var connection = await database.Open(ct);
        await using var transaction = await connection.BeginTransactionAsync(ct);
        if (!await Scalar<bool>(connection, "select pg_try_advisory_xact_lock($1)", ct, CheckpointLock)) return null;

        var now = clock.GetUtcNow();
        if (unlessNewerThan is { } age
            && await Scalar<object>(connection, $"select max(taken_at) from {IntegrityTables.Checkpoints}", ct) is DateTime latest
            && now - new DateTimeOffset(latest, TimeSpan.Zero) < age)
            return null;

        var id = await Scalar<long>(connection,
            $"insert into {IntegrityTables.Checkpoints} (taken_at, taken_by, streams, events, root) values ($1, $2, 0, 0, ''::bytea) returning id",
            ct, now, reason);
        await Execute(connection, $"""
            insert into {IntegrityTables.CheckpointHeads} (checkpoint_id, tenant_id, stream_id, version, hash)
            select distinct on (tenant_id, stream_id) $1, tenant_id, stream_id, version, hash
            from {IntegrityTables.Seals} order by tenant_id, stream_id, version desc
            """, ct, id);

        var roots = await Roots(connection, id, ct);
        foreach (var tenant in roots.Tenants)
            await Execute(connection,
                $"insert into {IntegrityTables.CheckpointTenants} (checkpoint_id, tenant_id, streams, events, root) values ($1, $2, $3, $4, $5)",
                ct, id, tenant.Tenant, tenant.Streams, tenant.Events, tenant.Root);
        await Execute(connection, $"update {IntegrityTables.Checkpoints} set streams = $2, events = $3, root = $4 where id = $1",
            ct, id, roots.Streams, roots.Events, roots.Root);
        await transaction.CommitAsync(ct);
        LogTaken(id, reason, roots.Streams, roots.Events, ChainHash.Hex(roots.Root));
        return id;
    }

    /// <summary>Checkpoints newest first, as the organisation sees them.</summary>
    public async Task<IReadOnlyList<Checkpoint>> List(string tenant, int skip, int take, CancellationToken ct)
    {
        await using var connection = await database.Open(ct);
        await using var command = new NpgsqlCommand($"""
            select c.id, c.taken_at, c.taken_by, c.root, t.streams, t.events, t.root
            from {IntegrityTables.Checkpoints} c
            left join {IntegrityTables.CheckpointTenants} t on t.checkpoint_id = c.id and t.tenant_id = $1
            order by c.id desc offset $2 limit $3
            """, connection)
        {
            Parameters = { new() { Value = tenant }, new() { Value = (long)skip }, new() { Value = (long)take } },
        };
        await using var reader = await command.ExecuteReaderAsync(ct);
        var list = new List<Checkpoint>();
        while (await reader.ReadAsync(ct))
        {
            var mine = reader.IsDBNull(4)
                ? new TenantCheckpoint(0, 0, EmptyRoot)
                : new TenantCheckpoint(reader.GetInt64(4), reader.GetInt64(5), ChainHash.Hex(reader.GetFieldValue<byte[]>(6)));
            list.Add(new Checkpoint(reader.GetInt64(0), reader.GetFieldValue<DateTimeOffset>(1), reader.GetString(2),
                ChainHash.Hex(reader.GetFieldValue<byte[]>(3)), mine));
        }

        return list;
    }

    /// <summary>What the latest checkpoint recorded for one case, if it existed then.</summary>
    public static async Task<CheckpointedHead?> LatestHeadOf(NpgsqlConnection connection, string tenant, Guid caseId, CancellationToken ct)
    {
        await using var command = new NpgsqlCommand($"""
            select h.checkpoint_id, h.version, h.hash from {IntegrityTables.CheckpointHeads} h
            where h.checkpoint_id = (select max(id) from {IntegrityTables.Checkpoints}) and h.tenant_id = $1 and h.stream_id = $2
            """, connection)
        {
            Parameters = { new() { Value = tenant }, new() { Value = caseId } },
        };
        await using var reader = await command.ExecuteReaderAsync(ct);
        return await reader.ReadAsync(ct) ? new CheckpointedHead(reader.GetInt64(0), reader.GetInt64(1), reader.GetFieldValue<byte[]>(2)) : null;
    }

    public static async Task<DateTimeOffset> TakenAt(NpgsqlConnection connection, long checkpointId, CancellationToken ct)
    {
        await using var command = new NpgsqlCommand($"select taken_at from {IntegrityTables.Checkpoints} where id = $1", connection)
        {
            Parameters = { new() { Value = checkpointId } },
        };
        return new DateTimeOffset((DateTime)(await command.ExecuteScalarAsync(ct))!, TimeSpan.Zero);
    }

    /// <summary>Recomputes a checkpoint's roots from the heads it recorded, streaming them in leaf order.</summary>
    /// <param name="tenant">Only this organisation's heads: the store root then covers them alone.</param>
    public static async Task<CheckpointRoots> Roots(NpgsqlConnection connection, long checkpointId, CancellationToken ct, string? tenant = null)
    {
        await using var command = new NpgsqlCommand($"""
            select tenant_id, stream_id, version, hash from {IntegrityTables.CheckpointHeads}
            where checkpoint_id = $1 and ($2::varchar is null or tenant_id = $2) order by tenant_id collate "C", stream_id
            """, connection)
        {
            Parameters = { new() { Value = checkpointId }, new() { Value = (object?)tenant ?? DBNull.Value } },
            CommandTimeout = 0,
        };
        await using var reader = await command.ExecuteReaderAsync(ct);
        var store = new MerkleTree();
        var tenants = new List<TenantRoot>();
        string? current = null;
        var tenantTree = new MerkleTree();
        long events = 0, tenantEvents = 0;
        while (await reader.ReadAsync(ct))
        {
            var owner = reader.GetString(0);
            if (owner != current)
            {
                if (current is not null) tenants.Add(new TenantRoot(current, tenantTree.Count, tenantEvents, tenantTree.Root()));
                (current, tenantTree, tenantEvents) = (owner, new MerkleTree(), 0);
            }

            var (stream, version, hash) = (reader.GetGuid(1), reader.GetInt64(2), reader.GetFieldValue<byte[]>(3));
            store.AddHead(owner, stream, version, hash);
            tenantTree.AddHead(owner, stream, version, hash);
            events += version;
            tenantEvents += version;
        }

        if (current is not null) tenants.Add(new TenantRoot(current, tenantTree.Count, tenantEvents, tenantTree.Root()));
        return new CheckpointRoots(store.Count, events, store.Root(), tenants);
    }

    [LoggerMessage(LogLevel.Information, "Integrity checkpoint {Id} ({Reason}): {Streams} streams, {Events} events, root {Root}")]
    private partial void LogTaken(long id, string reason, long streams, long events, string root);

    private static async Task<T> Scalar<T>(NpgsqlConnection connection, string sql, CancellationToken ct, params object[] values)
    {
        await using var command = Command(connection, sql, values);
        return (T)(await command.ExecuteScalarAsync(ct))!;
    }

    private static async Task Execute(NpgsqlConnection connection, string sql, CancellationToken ct, params object[] values)
    {
        await using var command = Command(connection, sql, values);
        await command.ExecuteNonQueryAsync(ct);
    }

    private static NpgsqlCommand Command(NpgsqlConnection connection, string sql, object[] values)
    {
        var command = new NpgsqlCommand(sql, connection);
        foreach (var value in values) command.Parameters.Add(new NpgsqlParameter { Value = value });
        return command;
    }
}

public sealed record TenantRoot(string Tenant, long Streams, long Events, byte[] Root);

public sealed record CheckpointRoots(long Streams, long Events, byte[] Root, IReadOnlyList<TenantRoot> Tenants);
