using CaseTracker.Api.Tests.Infrastructure;
using Npgsql;

namespace CaseTracker.Api.Tests.Reliability.Fuzzing;

/// <summary>
/// Counts the events recorded since it last looked, in the organisations one fuzz worker owns and
/// in one it must never touch. Left out: the overdue flags the scheduler records on its own, and
/// Marten's tombstones, which fill the sequence numbers of a transaction that failed and belong to
/// no case.
/// </summary>
public sealed class EventWatch(string connectionString, string[] own, string untouchable) : IAsyncDisposable
{
    public const string SchedulerUser = "casetracker";

    private const string Counted = $"seq_id > $1 and type <> 'tombstone' and user_name is distinct from '{SchedulerUser}'";

    private readonly NpgsqlConnection _connection = new(connectionString);
    private long _last;

    public async Task Start()
    {
        await _connection.OpenAsync();
        (_last, _, _) = await Since(0);
    }

    /// <summary>
    /// Events since the last look. Sequence numbers only grow, so whatever the next request
    /// records lies beyond the highest one seen now, even while other workers write.
    /// </summary>
    public async Task<(long Own, long Untouchable)> SinceLastLook()
    {
        var (last, owned, untouched) = await Since(_last);
        var counted = (owned, untouched);
        _last = last;
        return counted;
    }

    /// <summary>What was recorded after <paramref name="sequence"/> in the watched organisations, for a report.</summary>
    public async Task<string> Describe(long sequence)
    {
        await using var command = new NpgsqlCommand(
            $"select seq_id, type, user_name, tenant_id, stream_id from {StoreTables.Events} where {Counted} and (tenant_id = any($2) or tenant_id = $3) order by seq_id",
            _connection);
        command.Parameters.Add(new NpgsqlParameter { Value = sequence });
        command.Parameters.Add(new NpgsqlParameter { Value = own });
        command.Parameters.Add(new NpgsqlParameter { Value = untouchable });
        await using var reader = await command.ExecuteReaderAsync();
        var rows = new List<string>();
        while (await reader.ReadAsync()) rows.Add(string.Join(' ', Enumerable.Range(0, reader.FieldCount).Select(reader.GetValue)));
        return string.Join("; ", rows);
    }

    public long LastSeen => _last;

    private async Task<(long Last, long Own, long Untouchable)> Since(long sequence)
    {
        await using var command = new NpgsqlCommand(
            $"""
            select (select coalesce(max(seq_id), 0) from {StoreTables.Events}),
                   count(*) filter (where tenant_id = any($2)),
                   count(*) filter (where tenant_id = $3)
            from {StoreTables.Events} where {Counted}
            """, _connection);
        command.Parameters.Add(new NpgsqlParameter { Value = sequence });
        command.Parameters.Add(new NpgsqlParameter { Value = own });
        command.Parameters.Add(new NpgsqlParameter { Value = untouchable });
        await using var reader = await command.ExecuteReaderAsync();
        await reader.ReadAsync();
        return (reader.GetInt64(0), reader.GetInt64(1), reader.GetInt64(2));
    }

    public ValueTask DisposeAsync() => _connection.DisposeAsync();
}
