using CaseTracker.Api.Hosting;
using Marten;
using Npgsql;
using NpgsqlTypes;

namespace CaseTracker.Api.Telemetry;

/// <summary>How far one background projection has read the event store.</summary>
/// <param name="Shard">Its shard, as Marten names it ("LearningReport:All").</param>
/// <param name="ProjectedThrough">The last event sequence number it has applied.</param>
/// <param name="StoreHighWater">The last sequence number the event store has given out.</param>
/// <param name="LagEvents">Sequence numbers given out beyond that: events it has still to apply.</param>
/// <param name="OldestWaiting">How long the first event it has still to apply has been recorded; null when caught up.</param>
public sealed record ProjectionPosition(string Shard, long ProjectedThrough, long StoreHighWater, long LagEvents, TimeSpan? OldestWaiting);

/// <summary>
/// Reads every asynchronous projection's progress against the event store's high-water mark, in one
/// round trip on Marten's sequence and progress table (index lookups only, whatever the store's size).
/// </summary>
public sealed class ProjectionLag(IDocumentStore store, TimeProvider clock)
{
    public async Task<IReadOnlyList<ProjectionPosition>> ReadAsync(CancellationToken ct)
    {
        // A projection that has never recorded progress has applied nothing: it is listed all the same.
        var shards = store.Advanced.AllAsyncProjectionShardNames().Select(s => s.Identity).ToArray();
        if (shards.Length == 0) return [];

        await using var connection = store.Storage.Database.CreateConnection();
        await connection.OpenAsync(ct);
        await using var command = new NpgsqlCommand(
            $"""
            select shard.name,
                   coalesce(progress.last_seq_id, 0),
                   (select case when is_called then last_value else 0 end from {EventStoreSetup.Schema}.mt_events_sequence),
                   (select e.timestamp from {EventStoreSetup.Schema}.mt_events e
                     where e.seq_id > coalesce(progress.last_seq_id, 0) order by e.seq_id limit 1)
              from unnest(@shards) as shard(name)
              left join {EventStoreSetup.Schema}.mt_event_progression progress on progress.name = shard.name
            """, connection);
        command.Parameters.Add(new NpgsqlParameter("shards", NpgsqlDbType.Array | NpgsqlDbType.Text) { Value = shards });

        // Events are stamped with the tracker's clock, so their age is measured on it too.
        var now = clock.GetUtcNow();
        var positions = new List<ProjectionPosition>(shards.Length);
        await using var reader = await command.ExecuteReaderAsync(ct);
        while (await reader.ReadAsync(ct))
        {
            var through = reader.GetInt64(1);
            var high = reader.GetInt64(2);
            TimeSpan? waiting = reader.IsDBNull(3) ? null : now - reader.GetFieldValue<DateTimeOffset>(3);
            positions.Add(new ProjectionPosition(reader.GetString(0), through, high, Math.Max(0, high - through),
                waiting is { } w && w < TimeSpan.Zero ? TimeSpan.Zero : waiting));
        }

        return positions;
    }
}
