using System.Runtime.CompilerServices;
using Npgsql;

namespace CaseTracker.Api.Audit.Integrity;

/// <summary>
/// Reads events and their seals straight from the tables, unchanged by deserialisation: the check
/// must see the data exactly as it is stored. Rows arrive ordered by tenant, stream and version and
/// are streamed, so a whole store is read in constant memory.
/// </summary>
public static class StoredEvents
{
    private const string Columns = """
        coalesce(e.tenant_id, s.tenant_id), coalesce(e.stream_id, s.stream_id), coalesce(e.version, s.version),
        e.seq_id, e.type, e.timestamp, e.user_name, e.data::text, e.correlation_id, e.causation_id,
        s.previous_hash, s.hash, s.personal::text, st.version
        """;

    private const string StreamRecord = $"""
        left join {IntegrityTables.Streams} st
          on st.tenant_id = coalesce(e.tenant_id, s.tenant_id) and st.id = coalesce(e.stream_id, s.stream_id)
        """;

    /// <summary>Every event and seal of one case, from <paramref name="fromVersion"/> to <paramref name="toVersion"/>.</summary>
    public static IAsyncEnumerable<StoredEvent> OfCase(NpgsqlConnection connection, string tenant, Guid caseId,
        long fromVersion = 1, long toVersion = long.MaxValue, CancellationToken ct = default)
    {
        var command = new NpgsqlCommand($"""
            select {Columns}
            from (select * from {IntegrityTables.Events} where tenant_id = $1 and stream_id = $2 and version between $3 and $4 and type <> 'tombstone') e
            full join (select * from {IntegrityTables.Seals} where tenant_id = $1 and stream_id = $2 and version between $3 and $4) s
              on s.version = e.version
            {StreamRecord}
            order by 3
            """, connection)
        {
            Parameters = { new() { Value = tenant }, new() { Value = caseId }, new() { Value = fromVersion }, new() { Value = toVersion } },
        };
        return Read(command, ct);
    }

    /// <summary>Every event and seal in the store (or of one tenant), stream by stream.</summary>
    public static IAsyncEnumerable<StoredEvent> All(NpgsqlConnection connection, string? tenant, CancellationToken ct = default)
    {
        var command = new NpgsqlCommand($"""
            select {Columns}
            from (select * from {IntegrityTables.Events} where type <> 'tombstone' and ($1::varchar is null or tenant_id = $1)) e
            full join (select * from {IntegrityTables.Seals} where $1::varchar is null or tenant_id = $1) s
              on s.tenant_id = e.tenant_id and s.stream_id = e.stream_id and s.version = e.version
            {StreamRecord}
            order by 1, 2, 3
            """, connection)
        {
            Parameters = { new() { Value = (object?)tenant ?? DBNull.Value } },
            // A store-wide read can take longer than the default 30 s on a large store.
            CommandTimeout = 0,
        };
        return Read(command, ct);
    }

    private static async IAsyncEnumerable<StoredEvent> Read(NpgsqlCommand command, [EnumeratorCancellation] CancellationToken ct)
    {
        await using (command)
        {
            await using var reader = await command.ExecuteReaderAsync(ct);
            while (await reader.ReadAsync(ct))
            {
                yield return new StoredEvent(
                    reader.GetString(0), reader.GetGuid(1), reader.GetInt64(2),
                    Value<long>(reader, 3), Text(reader, 4), Value<DateTimeOffset>(reader, 5),
                    Text(reader, 6), Text(reader, 7), Text(reader, 8), Text(reader, 9),
                    Bytes(reader, 10), Bytes(reader, 11), Text(reader, 12), Value<long>(reader, 13));
            }
        }
    }

    private static T? Value<T>(NpgsqlDataReader reader, int column) where T : struct =>
        reader.IsDBNull(column) ? null : reader.GetFieldValue<T>(column);

    private static string? Text(NpgsqlDataReader reader, int column) => reader.IsDBNull(column) ? null : reader.GetString(column);

    private static byte[]? Bytes(NpgsqlDataReader reader, int column) => reader.IsDBNull(column) ? null : reader.GetFieldValue<byte[]>(column);

    /// <summary>The version the store's stream record claims, or null when there is no such stream for the tenant.</summary>
    public static async Task<long?> DeclaredVersion(NpgsqlConnection connection, string tenant, Guid caseId, CancellationToken ct)
    {
        await using var command = new NpgsqlCommand($"select version from {IntegrityTables.Streams} where tenant_id = $1 and id = $2", connection)
        {
            Parameters = { new() { Value = tenant }, new() { Value = caseId } },
        };
        return await command.ExecuteScalarAsync(ct) is long version ? version : null;
    }
}
