using System.Diagnostics;
using System.Globalization;
using CaseTracker.Api.Hosting;
using Npgsql;

namespace CaseTracker.Benchmarks;

/// <summary>
/// What a report read is made of at one size of store: how big the monthly documents are, how long the
/// database alone takes to hand them over, and how dead row versions left by a rebuild weigh on that.
/// </summary>
public sealed class ReportAnatomy(string connectionString)
{
    private const int Reads = 30;
    private static readonly string Table = $"{EventStoreSetup.Schema}.mt_doc_learningreport";

    /// <summary>Rows, mean and largest stored size of the documents, and the table's size on disk with its TOAST.</summary>
    public async Task<string> DocumentsAsync()
    {
        await using var connection = await OpenAsync();
        await using var command = new NpgsqlCommand(
            $"""
            select count(*), coalesce(avg(pg_column_size(data)), 0)::int, coalesce(max(pg_column_size(data)), 0),
                   coalesce(avg(octet_length(data::text)), 0)::int, pg_total_relation_size('{Table}')
            from {Table}
            """, connection);
        await using var reader = await command.ExecuteReaderAsync();
        await reader.ReadAsync();
        return string.Create(CultureInfo.InvariantCulture,
            $"{reader.GetInt64(0):N0} documents; stored {reader.GetInt32(1):N0} B mean, {reader.GetInt32(2):N0} B largest; " +
            $"{reader.GetInt32(3):N0} B of JSON text mean; table with TOAST {reader.GetInt64(4) / 1024.0 / 1024.0:N1} MiB");
    }

    /// <summary>The database's part alone: every document's JSON fetched as text and dropped (median of 30).</summary>
    public async Task<string> FetchOnlyAsync()
    {
        await using var connection = await OpenAsync();
        var timings = new List<double>();
        for (var i = 0; i < Reads + 3; i++)
        {
            var clock = Stopwatch.StartNew();
            await using (var command = new NpgsqlCommand($"select data from {Table}", connection))
            await using (var reader = await command.ExecuteReaderAsync())
            {
                while (await reader.ReadAsync()) _ = reader.GetString(0);
            }

            if (i >= 3) timings.Add(clock.Elapsed.TotalMilliseconds);
        }

        timings.Sort();
        return string.Create(CultureInfo.InvariantCulture, $"{timings[timings.Count / 2]:N1} ms");
    }

    /// <summary>Clears the dead row versions a rebuild leaves behind, as autovacuum would in its own time.</summary>
    public async Task VacuumAsync()
    {
        await using var connection = await OpenAsync();
        await using var command = new NpgsqlCommand($"vacuum (analyze) {Table}", connection);
        await command.ExecuteNonQueryAsync();
    }

    /// <summary>Dead row versions the statistics collector counts in the table now.</summary>
    public async Task<long> DeadRowsAsync()
    {
        await using var connection = await OpenAsync();
        await using var command = new NpgsqlCommand(
            "select coalesce(n_dead_tup, 0) from pg_stat_user_tables where schemaname = @schema and relname = 'mt_doc_learningreport'", connection);
        command.Parameters.AddWithValue("schema", EventStoreSetup.Schema);
        return (long)(await command.ExecuteScalarAsync() ?? 0L);
    }

    private async Task<NpgsqlConnection> OpenAsync()
    {
        var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        return connection;
    }
}
