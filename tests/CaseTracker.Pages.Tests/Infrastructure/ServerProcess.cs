using System.Collections.Concurrent;
using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using CaseTracker.Api.Security;

namespace CaseTracker.Pages.Tests.Infrastructure;

/// <summary>
/// The tracker as people use it: its own process on real Kestrel on a loopback port, with local
/// sign-in switched on, so the browser talks to exactly what ./eng/run.sh serves.
/// </summary>
public sealed class ServerProcess : IAsyncDisposable
{
    private static readonly TimeSpan StartBound = TimeSpan.FromSeconds(120);

    private readonly Process _process;
    private readonly ConcurrentQueue<string> _output = new();

    private ServerProcess(Process process, Uri address)
    {
        _process = process;
        Address = address;
        process.OutputDataReceived += (_, line) => Keep(line.Data);
        process.ErrorDataReceived += (_, line) => Keep(line.Data);
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
    }

    public Uri Address { get; }

    /// <summary>The last lines the server wrote, for the message of a failing test.</summary>
    public string RecentOutput => string.Join('\n', _output);

    public static async Task<ServerProcess> StartAsync(string connectionString)
    {
        var address = new Uri($"http://127.0.0.1:{FreePort()}");
        var start = new ProcessStartInfo("dotnet")
        {
            WorkingDirectory = AppContext.BaseDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        start.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "CaseTracker.Api.dll"));
        start.Environment["ASPNETCORE_URLS"] = address.ToString();
        start.Environment["ConnectionStrings__Marten"] = connectionString;
        start.Environment["Auth__SigningKey"] = TokenAuthentication.NewSigningKey();
        start.Environment["CaseTracker__LocalSignIn"] = "true";
        // The build output has no wwwroot (only publishing copies it): serve the checkout's, as ./eng/run.sh does.
        start.Environment["ASPNETCORE_WEBROOT"] = Path.Combine(Repository.Root(), "src", "CaseTracker.Api", "wwwroot");
        start.Environment["CaseTracker__Solo"] = "true";
        start.Environment["CaseTracker__ScheduledJobPollingSeconds"] = "1";

        var server = new ServerProcess(Process.Start(start)!, address);
        try
        {
            await server.WaitUntilReady();
        }
        catch
        {
            await server.DisposeAsync();
            throw;
        }

        return server;
    }

    public async ValueTask DisposeAsync()
    {
        if (!_process.HasExited)
        {
            _process.Kill(entireProcessTree: true);
            await _process.WaitForExitAsync();
        }

        _process.Dispose();
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    private async Task WaitUntilReady()
    {
        using var client = new HttpClient { BaseAddress = Address, Timeout = TimeSpan.FromSeconds(5) };
        var watch = Stopwatch.StartNew();
        while (watch.Elapsed < StartBound)
        {
            if (_process.HasExited)
                throw new InvalidOperationException($"The server exited with code {_process.ExitCode} while starting:\n{RecentOutput}");
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

        throw new TimeoutException($"The server was not ready within {StartBound.TotalSeconds:0} s:\n{RecentOutput}");
    }

    private void Keep(string? line)
    {
        if (line is null) return;
        _output.Enqueue(line);
        while (_output.Count > 200) _output.TryDequeue(out _);
    }
}
