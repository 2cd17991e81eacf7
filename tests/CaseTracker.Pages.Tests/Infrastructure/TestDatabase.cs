using Npgsql;

namespace CaseTracker.Pages.Tests.Infrastructure;

/// <summary>A fresh PostgreSQL database for one run of the page tests, on the server ./eng/test.sh starts.</summary>
public sealed class TestDatabase : IAsyncDisposable
{
    public const string ServerVariable = "CASETRACKER_TEST_DB";

    private readonly string _server;

    private TestDatabase(string server, string name)
    {
        _server = server;
        Name = name;
        ConnectionString = new NpgsqlConnectionStringBuilder(server) { Database = name }.ConnectionString;
    }

    public string Name { get; }

    public string ConnectionString { get; }

    public static async Task<TestDatabase> CreateAsync()
    {
        var server = Environment.GetEnvironmentVariable(ServerVariable)
            ?? throw new InvalidOperationException(
                $"{ServerVariable} is not set. Run the tests with ./eng/test.sh, which starts a throwaway PostgreSQL and sets it.");
        var database = new TestDatabase(server, $"casetracker_pages_{Guid.NewGuid():N}"[..40]);
        await database.ExecuteOnServer($"CREATE DATABASE \"{database.Name}\"");
        return database;
    }

    public async ValueTask DisposeAsync()
    {
        NpgsqlConnection.ClearAllPools();
        await ExecuteOnServer($"DROP DATABASE IF EXISTS \"{Name}\" WITH (FORCE)");
    }

    private async Task ExecuteOnServer(string sql)
    {
        await using var connection = new NpgsqlConnection(_server);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        await command.ExecuteNonQueryAsync();
    }
}
