using CaseTracker.Api.Audit.Checkpoints;
using Npgsql;

namespace CaseTracker.Api.Audit.Integrity;

/// <summary>A case stream whose record cannot be trusted, and from which version.</summary>
public sealed record BrokenCase(string Tenant, Guid Case, long FirstBrokenVersion, string Problem);

/// <summary>What the store-wide check found.</summary>
/// <param name="CheckpointId">The checkpoint compared against; null when none has been taken.</param>
/// <param name="CheckpointIntact">Whether that checkpoint's own record still hashes to the root it recorded.</param>
public sealed record StoreIntegritySummary(long Streams, long Events, long Broken, long? CheckpointId, bool CheckpointIntact)
{
    public bool Valid => Broken == 0 && CheckpointIntact;
}

/// <summary>
/// Checks every case stream in the store (or of one organisation), reading events and seals as one
/// ordered stream and walking one case at a time, so memory stays flat however large the store is.
/// Then compares the latest checkpoint: every head it recorded must still be on record, unchanged —
/// which catches a case deleted whole, or cut short together with its seals.
/// </summary>
public sealed class StoreIntegrityCheck(AuditDatabase database)
{
    public async Task<long> CountEvents(string? tenant, CancellationToken ct)
    {
        await using var connection = await database.Open(ct);
        await using var command = new NpgsqlCommand(
            $"select count(*) from {IntegrityTables.Events} where type <> 'tombstone' and ($1::varchar is null or tenant_id = $1)", connection)
        {
            Parameters = { new() { Value = (object?)tenant ?? DBNull.Value } },
            CommandTimeout = 0,
        };
        return (long)(await command.ExecuteScalarAsync(ct))!;
    }

    /// <param name="eventsChecked">Called after each case with the number of events checked so far.</param>
    /// <param name="broken">Called for each case found broken, as soon as it is found.</param>
    public async Task<StoreIntegritySummary> Run(string? tenant, Action<long> eventsChecked, Action<BrokenCase> broken, CancellationToken ct)
    {
        await using var connection = await database.Open(ct);
        long streams = 0, events = 0, brokenCount = 0;

        void Report(BrokenCase stream)
        {
            brokenCount++;
            broken(stream);
        }

        (string Tenant, Guid Stream, long? Declared)? current = null;
        var walk = new ChainWalk();

        void Close()
        {
            if (current is not { } key) return;
            var report = walk.Finish(key.Declared);
            streams++;
            events += report.Events;
            if (!report.Valid) Report(new BrokenCase(key.Tenant, key.Stream, report.FirstBrokenVersion!.Value, report.Problem!));
            eventsChecked(events);
        }

        await foreach (var row in StoredEvents.All(connection, tenant, ct))
        {
            if (current is not { } key || key.Tenant != row.Tenant || key.Stream != row.Stream)
            {
                Close();
                current = (row.Tenant, row.Stream, row.DeclaredVersion);
                walk = new ChainWalk();
            }

            walk.Add(row);
        }

        Close();

        foreach (var emptied in await StreamsWithNothingLeft(connection, tenant, ct))
            Report(emptied);

        var (checkpointId, intact) = await CompareWithLatestCheckpoint(connection, tenant, Report, ct);
        return new StoreIntegritySummary(streams, events, brokenCount, checkpointId, intact);
    }

    private static async Task<IReadOnlyList<BrokenCase>> StreamsWithNothingLeft(NpgsqlConnection connection, string? tenant, CancellationToken ct)
    {
        await using var command = new NpgsqlCommand($"""
            select st.tenant_id, st.id, st.version from {IntegrityTables.Streams} st
            where ($1::varchar is null or st.tenant_id = $1) and st.version > 0
              and not exists (select 1 from {IntegrityTables.Events} e where e.tenant_id = st.tenant_id and e.stream_id = st.id)
              and not exists (select 1 from {IntegrityTables.Seals} s where s.tenant_id = st.tenant_id and s.stream_id = st.id)
            """, connection)
        {
            Parameters = { new() { Value = (object?)tenant ?? DBNull.Value } },
            CommandTimeout = 0,
        };
        var list = new List<BrokenCase>();
        await using var reader = await command.ExecuteReaderAsync(ct);
        while (await reader.ReadAsync(ct))
            list.Add(new BrokenCase(reader.GetString(0), reader.GetGuid(1), 1,
                $"The case records {reader.GetInt64(2)} events but none remain, nor their seals."));
        return list;
    }

    private static async Task<(long? Id, bool Intact)> CompareWithLatestCheckpoint(
        NpgsqlConnection connection, string? tenant, Action<BrokenCase> report, CancellationToken ct)
    {
        if (await LatestCheckpoint(connection, ct) is not { } id) return (null, true);
        var intact = await RootsStillMatch(connection, id, tenant, ct);

        await using var command = new NpgsqlCommand($"""
            select h.tenant_id, h.stream_id, h.version, s.hash is null
            from {IntegrityTables.CheckpointHeads} h
            left join {IntegrityTables.Seals} s on s.tenant_id = h.tenant_id and s.stream_id = h.stream_id and s.version = h.version
            where h.checkpoint_id = $1 and ($2::varchar is null or h.tenant_id = $2) and (s.hash is null or s.hash <> h.hash)
            order by 1, 2
            """, connection)
        {
            Parameters = { new() { Value = id }, new() { Value = (object?)tenant ?? DBNull.Value } },
            CommandTimeout = 0,
        };
        await using var missing = await command.ExecuteReaderAsync(ct);
        while (await missing.ReadAsync(ct))
        {
            var version = missing.GetInt64(2);
            report(new BrokenCase(missing.GetString(0), missing.GetGuid(1), version, missing.GetBoolean(3)
                ? $"Checkpoint {id} recorded this case at version {version}; that version is no longer on record: the case was deleted or cut short."
                : $"Checkpoint {id} recorded another hash for version {version}: the record was rewritten and resealed."));
        }

        return (id, intact);
    }

    private static async Task<long?> LatestCheckpoint(NpgsqlConnection connection, CancellationToken ct)
    {
        await using var latest = new NpgsqlCommand($"select max(id) from {IntegrityTables.Checkpoints}", connection);
        return await latest.ExecuteScalarAsync(ct) is long id ? id : null;
    }

    /// <summary>
    /// Whether the heads the checkpoint recorded still hash to the roots it recorded: the store root,
    /// and each organisation's root — or, for one organisation's check, that organisation's root alone.
    /// </summary>
    private static async Task<bool> RootsStillMatch(NpgsqlConnection connection, long id, string? tenant, CancellationToken ct)
    {
        var recorded = new Dictionary<string, byte[]>(StringComparer.Ordinal);
        byte[]? storeRoot = null;
        await using (var command = new NpgsqlCommand($"""
            select null, root from {IntegrityTables.Checkpoints} where id = $1
            union all
            select tenant_id, root from {IntegrityTables.CheckpointTenants} where checkpoint_id = $1
            """, connection) { Parameters = { new() { Value = id } } })
        await using (var reader = await command.ExecuteReaderAsync(ct))
        {
            while (await reader.ReadAsync(ct))
            {
                if (reader.IsDBNull(0)) storeRoot = reader.GetFieldValue<byte[]>(1);
                else recorded[reader.GetString(0)] = reader.GetFieldValue<byte[]>(1);
            }
        }

        var roots = await CheckpointBook.Roots(connection, id, ct, tenant);
        var tenantsMatch = roots.Tenants.Count == (tenant is null ? recorded.Count : roots.Tenants.Count)
            && roots.Tenants.All(t => recorded.TryGetValue(t.Tenant, out var root) && root.AsSpan().SequenceEqual(t.Root));
        var storeMatches = tenant is not null || (storeRoot is not null && roots.Root.AsSpan().SequenceEqual(storeRoot));
        var tenantRecordedButGone = tenant is not null && roots.Tenants.Count == 0 && recorded.ContainsKey(tenant);
        return tenantsMatch && storeMatches && !tenantRecordedButGone;
    }
}
