using Npgsql;

namespace CaseTracker.Api.Tests.Infrastructure;

/// <summary>
/// Direct access to the test database's tables, bypassing the API: what someone with database
/// access could do to the record, and what the integrity checks must catch.
/// </summary>
public sealed class StoreTables(CaseTrackerApp app)
{
    public const string Events = "casetracker.mt_events";
    public const string Streams = "casetracker.mt_streams";
    public const string Seals = "casetracker.ct_event_seals";

    public Task<int> Execute(string sql, params object[] values) => Run(sql, values, command => command.ExecuteNonQueryAsync());

    public async Task<T> Scalar<T>(string sql, params object[] values) =>
        (T)(await Run(sql, values, command => command.ExecuteScalarAsync()))!;

    private async Task<TResult> Run<TResult>(string sql, object[] values, Func<NpgsqlCommand, Task<TResult>> execute)
    {
        await using var connection = new NpgsqlConnection(app.ConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        foreach (var value in values) command.Parameters.Add(new NpgsqlParameter { Value = value });
        return await execute(command);
    }

    /// <summary>Deletes a case whole: its events, its stream record and its seals.</summary>
    public async Task DeleteCase(Guid id)
    {
        await Execute($"delete from {Events} where stream_id = $1", id);
        await Execute($"delete from {Streams} where id = $1", id);
        await Execute($"delete from {Seals} where stream_id = $1", id);
    }
}
