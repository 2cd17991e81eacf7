using System.Diagnostics;
using System.Globalization;
using Npgsql;

namespace CaseTracker.Benchmarks;

/// <summary>
/// CPU time used by this process and by the PostgreSQL server (its postmaster and every backend), read
/// from /proc. On a shared machine throughput swings with what else runs; CPU time per request hardly does,
/// so it says where the work goes more steadily than the rates.
/// </summary>
public sealed class CpuMeter(int? postmaster)
{
    private static readonly double TicksPerSecond = 100; // USER_HZ on Linux

    public static async Task<CpuMeter> ForServerAsync(string connectionString)
    {
        try
        {
            await using var connection = new NpgsqlConnection(connectionString);
            await connection.OpenAsync();
            await using var command = new NpgsqlCommand("show data_directory", connection);
            var folder = (string)(await command.ExecuteScalarAsync())!;
            var pid = int.Parse(File.ReadLines(Path.Combine(folder, "postmaster.pid")).First(), CultureInfo.InvariantCulture);
            return new CpuMeter(pid);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or PostgresException or FormatException)
        {
            // A server elsewhere, or one this user cannot look into: only this process is measured.
            return new CpuMeter(null);
        }
    }

    public readonly record struct Reading(TimeSpan App, TimeSpan Database);

    public Reading Read()
    {
        using var self = Process.GetCurrentProcess();
        return new Reading(self.TotalProcessorTime, postmaster is { } pid ? ServerTime(pid) : TimeSpan.Zero);
    }

    public bool SeesDatabase => postmaster is not null;

    /// <summary>The postmaster's own time, that of backends it has reaped, and that of every live child.</summary>
    private static TimeSpan ServerTime(int postmaster)
    {
        double ticks = 0;
        foreach (var folder in Directory.EnumerateDirectories("/proc"))
        {
            if (!int.TryParse(Path.GetFileName(folder), CultureInfo.InvariantCulture, out var pid)) continue;
            var fields = Stat(pid);
            if (fields is null) continue;
            var parent = int.Parse(fields[1], CultureInfo.InvariantCulture);
            if (pid == postmaster)
                ticks += Ticks(fields, 11) + Ticks(fields, 12) + Ticks(fields, 13) + Ticks(fields, 14);
            else if (parent == postmaster)
                ticks += Ticks(fields, 11) + Ticks(fields, 12);
        }

        return TimeSpan.FromSeconds(ticks / TicksPerSecond);
    }

    /// <summary>The fields of /proc/PID/stat after the command name (which may itself contain spaces): state is [0], ppid [1], utime [11].</summary>
    private static string[]? Stat(int pid)
    {
        try
        {
            var text = File.ReadAllText($"/proc/{pid}/stat");
            return text[(text.LastIndexOf(')') + 2)..].Split(' ');
        }
        catch (IOException)
        {
            return null; // the process ended meanwhile
        }
    }

    private static double Ticks(string[] fields, int index) => double.Parse(fields[index], CultureInfo.InvariantCulture);
}
