using System.Diagnostics;
using Npgsql;

namespace CaseTracker.Api.Tests.Infrastructure;

/// <summary>
/// A PostgreSQL server of its own that a test may crash and start again, through eng/pg.sh
/// (the same script ./eng/run.sh uses). Unlike the shared test server it keeps fsync and
/// synchronous commit on: a crash must lose nothing that was acknowledged.
/// </summary>
public sealed class ScratchPostgres : IAsyncDisposable
{
    private readonly string _folder;
    private readonly string _data;

    private ScratchPostgres(string folder, int port)
    {
        _folder = folder;
        _data = Path.Combine(folder, "data");
        Port = port;
        // Short timeouts: while the server is down, callers should hear so quickly.
        ConnectionString = new NpgsqlConnectionStringBuilder
        {
            Host = "127.0.0.1", Port = port, Username = "postgres", Database = "postgres", Timeout = 3, CommandTimeout = 10,
        }.ConnectionString;
    }

    public int Port { get; }

    public string ConnectionString { get; }

    public static async Task<ScratchPostgres> StartAsync()
    {
        var folder = Path.Combine(Path.GetTempPath(), $"casetracker-scratch-{Guid.NewGuid():N}"[..40]);
        Directory.CreateDirectory(folder);
        // As root, eng/pg.sh runs the server as the postgres user, who must be able to enter the folder.
        if (!OperatingSystem.IsWindows()) File.SetUnixFileMode(folder, (UnixFileMode)0b111_101_101);
        var server = new ScratchPostgres(folder, LoopbackPorts.Free());
        await server.StartAgainAsync();
        return server;
    }

    /// <summary>Stops the server as a crash would: no checkpoint, recovery from the WAL at the next start.</summary>
    public Task CrashAsync() => Script("crash", _data);

    public Task StartAgainAsync() => Script("start", _data, Port.ToString(System.Globalization.CultureInfo.InvariantCulture));

    public async ValueTask DisposeAsync()
    {
        NpgsqlConnection.ClearAllPools();
        try
        {
            await Script("stop", _data);
        }
        finally
        {
            Directory.Delete(_folder, recursive: true);
        }
    }

    private static async Task Script(params string[] arguments)
    {
        var start = new ProcessStartInfo("bash") { RedirectStandardError = true, RedirectStandardOutput = true };
        start.ArgumentList.Add(Path.Combine(Repository.Root, "eng", "pg.sh"));
        foreach (var argument in arguments) start.ArgumentList.Add(argument);
        start.Environment["CASETRACKER_PG_THROWAWAY"] = "0";
        start.Environment["CASETRACKER_PG_OPTS"] = "-c max_connections=200";
        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var errors = process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();
        if (process.ExitCode != 0)
            throw new InvalidOperationException($"eng/pg.sh {string.Join(' ', arguments)} failed ({process.ExitCode}):\n{await output}{await errors}");
    }
}
