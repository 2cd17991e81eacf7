using System.Collections.Concurrent;
using System.Diagnostics;
using CaseTracker.Api.Security;

namespace CaseTracker.Api.Tests.Infrastructure;

/// <summary>
/// The API as operators run it: its own operating-system process on a loopback port, so a test
/// can kill it outright (SIGKILL: no shutdown hooks, no flushing) and start it again.
/// </summary>
public sealed class ApiProcess : IAsyncDisposable
{
    private static readonly TimeSpan StartBound = TimeSpan.FromSeconds(120);

    private readonly Process _process;
    private readonly ConcurrentQueue<string> _output = new();

    private ApiProcess(Process process, Uri address)
    {
        _process = process;
        Address = address;
        process.OutputDataReceived += (_, line) => Keep(line.Data);
        process.ErrorDataReceived += (_, line) => Keep(line.Data);
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
    }

    public Uri Address { get; }

    /// <summary>The last lines the process wrote, for the message of a failing test.</summary>
    public string RecentOutput => string.Join('\n', _output);

    /// <summary>A signing key for one family of processes: tokens stay valid across restarts.</summary>
    public static string NewSigningKey() => TokenAuthentication.NewSigningKey();

    /// <summary>
    /// Starts the API on <paramref name="port"/> (any free one if null) and waits until it is ready.
    /// <paramref name="settings"/> are added to its environment (configuration keys with __ for :).
    /// </summary>
    public static async Task<ApiProcess> StartAsync(string connectionString, string signingKey, int? port = null, IReadOnlyDictionary<string, string>? settings = null)
    {
        var address = new Uri($"http://127.0.0.1:{port ?? LoopbackPorts.Free()}");
        var start = new ProcessStartInfo("dotnet")
        {
            WorkingDirectory = AppContext.BaseDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        start.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "CaseTracker.Api.dll"));
        start.Environment["ASPNETCORE_URLS"] = address.ToString();
        start.Environment["ConnectionStrings__Marten"] = connectionString;
        start.Environment["Auth__SigningKey"] = signingKey;
        start.Environment["CaseTracker__Solo"] = "true";
        start.Environment["CaseTracker__ScheduledJobPollingSeconds"] = "1";
        // The load is the point here, not the per-user budget.
        start.Environment["CaseTracker__RateLimit__WritesPerMinute"] = "1000000";
        foreach (var (key, value) in settings ?? new Dictionary<string, string>()) start.Environment[key] = value;

        var api = new ApiProcess(Process.Start(start)!, address);
        try
        {
            await api.WaitUntilReady();
        }
        catch
        {
            await api.DisposeAsync();
            throw;
        }

        return api;
    }

    /// <summary>SIGKILL: the process ends at once, mid-request, as in a power cut or an OOM kill.</summary>
    public async Task KillAsync()
    {
        _process.Kill(entireProcessTree: true);
        await _process.WaitForExitAsync();
    }

    public async ValueTask DisposeAsync()
    {
        if (!_process.HasExited) await KillAsync();
        _process.Dispose();
    }

    private async Task WaitUntilReady()
    {
        using var client = new HttpClient { BaseAddress = Address, Timeout = TimeSpan.FromSeconds(5) };
        var watch = Stopwatch.StartNew();
        while (watch.Elapsed < StartBound)
        {
            if (_process.HasExited)
                throw new InvalidOperationException($"The API exited with code {_process.ExitCode} while starting:\n{RecentOutput}");
            try
            {
                if ((await client.GetAsync("/health/ready")).IsSuccessStatusCode) return;
            }
            catch (HttpRequestException)
            {
                // Not listening yet.
            }
            catch (TaskCanceledException)
            {
                // Listening but still starting.
            }

            await Task.Delay(250);
        }

        throw new TimeoutException($"The API was not ready within {StartBound.TotalSeconds:0} s:\n{RecentOutput}");
    }

    private void Keep(string? line)
    {
        if (line is null) return;
        _output.Enqueue(line);
        while (_output.Count > 200) _output.TryDequeue(out _);
    }
}
