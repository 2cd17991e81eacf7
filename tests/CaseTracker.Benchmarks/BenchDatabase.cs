using Npgsql;

namespace CaseTracker.Benchmarks;

/// <summary>A fresh database on the benchmark's PostgreSQL server (CASETRACKER_BENCH_DB, which ./eng/bench.sh sets).</summary>
public static class BenchDatabase
{
    public static string Server => Environment.GetEnvironmentVariable("CASETRACKER_BENCH_DB")
        ?? throw new InvalidOperationException("Set CASETRACKER_BENCH_DB, or run the benchmark through ./eng/bench.sh.");

    /// <summary>Drops the database if a previous run left it, creates it empty and returns its connection string.</summary>
    public static async Task<string> CreateAsync(string name)
    {
        await using (var server = new NpgsqlConnection(Server))
        {
            await server.OpenAsync();
            await using var drop = new NpgsqlCommand($"drop database if exists \"{name}\" with (force)", server);
            await drop.ExecuteNonQueryAsync();
            await using var create = new NpgsqlCommand($"create database \"{name}\"", server);
            await create.ExecuteNonQueryAsync();
        }

        return new NpgsqlConnectionStringBuilder(Server) { Database = name, Pooling = true }.ConnectionString;
    }
}
