using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Net.Sockets;
using System.Text;
using CaseTracker.Api.Security;
using CaseTracker.LoadGenerator;

namespace CaseTracker.Benchmarks;

/// <summary>
/// From process start to the first answers: /health/ready, then a first authenticated GET and POST, for
/// two builds of the API — one that generates Wolverine's handler code at run time (the default) and one
/// started with the code generated beforehand (CaseTracker:CodeGeneration=Static). Each start is a new
/// process on the same, already migrated database; the two alternate, and the median of the rounds counts.
/// </summary>
public static class ColdStartBenchmark
{
    private const string Tenant = "bench";

    public static async Task<int> RunAsync(string[] args)
    {
        string? dynamicDll = null, staticDll = null;
        var rounds = 5;
        for (var i = 0; i + 1 < args.Length; i += 2)
        {
            switch (args[i])
            {
                case "--dynamic": dynamicDll = Path.GetFullPath(args[i + 1]); break;
                case "--static": staticDll = Path.GetFullPath(args[i + 1]); break;
                case "--rounds": rounds = int.Parse(args[i + 1], CultureInfo.InvariantCulture); break;
                default: throw new ArgumentException($"Unknown option {args[i]}");
            }
        }

        if (dynamicDll is null || staticDll is null)
            throw new ArgumentException("Usage: coldstart --dynamic API.dll --static API.dll [--rounds R] (./eng/bench.sh coldstart builds both)");

        var connection = await BenchDatabase.CreateAsync("casetracker_coldstart");
        var key = TokenAuthentication.NewSigningKey();
        var token = new BearerTokens(Convert.FromHexString(key)).For("coldstart", "handler", Tenant);
        var modes = new (string Name, string Dll, string Setting)[]
        {
            ("generated at run time (Dynamic, the default)", dynamicDll, "Dynamic"),
            ("generated beforehand (Static, codegen write)", staticDll, "Static"),
        };

        // The first start creates the schema; that is a deployment's cost, not a start's.
        Console.Error.WriteLine("  first start, creating the schema (not counted)");
        await StartOnce(modes[0].Dll, modes[0].Setting, connection, key, token);

        var timings = modes.ToDictionary(m => m.Name, _ => new List<Timing>());
        for (var round = 0; round < rounds; round++)
        {
            foreach (var (name, dll, setting) in round % 2 == 0 ? modes : modes.Reverse())
            {
                var timing = await StartOnce(dll, setting, connection, key, token);
                timings[name].Add(timing);
                Console.Error.WriteLine(Line($"  round {round + 1} {setting,-8} ready {timing.Ready.TotalMilliseconds,6:N0} ms, first GET {timing.FirstGet.TotalMilliseconds,6:N0} ms, first POST {timing.FirstPost.TotalMilliseconds,6:N0} ms"));
            }
        }

        Console.WriteLine($"### Cold start (median of {rounds} starts each; times from process start)");
        Console.WriteLine();
        Console.WriteLine("| Wolverine code | /health/ready 200 | first GET /api/cases 200 | first POST /api/complaints 201 | the GET alone | the POST alone |");
        Console.WriteLine("| --- | ---: | ---: | ---: | ---: | ---: |");
        foreach (var (name, _, _) in modes)
        {
            var t = timings[name];
            Console.WriteLine(Line($"| {name} | {Median(t, x => x.Ready):N0} ms | {Median(t, x => x.FirstGet):N0} ms | {Median(t, x => x.FirstPost):N0} ms | {Median(t, x => x.FirstGet - x.Ready):N0} ms | {Median(t, x => x.FirstPost - x.FirstGet):N0} ms |"));
        }

        var (d, s) = (timings[modes[0].Name], timings[modes[1].Name]);
        Console.WriteLine();
        Console.WriteLine(Line($"Static / Dynamic, to the first POST answered: {Median(s, x => x.FirstPost) / Median(d, x => x.FirstPost):P0}."));
        return 0;
    }

    private sealed record Timing(TimeSpan Ready, TimeSpan FirstGet, TimeSpan FirstPost);

    private static double Median(List<Timing> timings, Func<Timing, TimeSpan> pick)
    {
        var sorted = timings.Select(t => pick(t).TotalMilliseconds).Order().ToList();
        return sorted[sorted.Count / 2];
    }

    private static async Task<Timing> StartOnce(string dll, string codeGeneration, string connection, string key, string token)
    {
        var port = FreePort();
        var url = new Uri($"http://127.0.0.1:{port}");
        var start = new ProcessStartInfo("dotnet", [dll])
        {
            WorkingDirectory = Path.GetDirectoryName(dll)!,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
            Environment =
            {
                ["ConnectionStrings__Marten"] = connection,
                ["Auth__SigningKey"] = key,
                ["ASPNETCORE_URLS"] = url.ToString(),
                ["ASPNETCORE_ENVIRONMENT"] = "Production",
                ["CaseTracker__Solo"] = "true",
                ["CaseTracker__CodeGeneration"] = codeGeneration,
            },
        };

        var output = new StringBuilder();
        using var http = new HttpClient { BaseAddress = url, Timeout = TimeSpan.FromSeconds(60) };
        var clock = Stopwatch.StartNew();
        using var process = Process.Start(start) ?? throw new InvalidOperationException($"Could not start {dll}");
        process.OutputDataReceived += (_, e) => { lock (output) output.AppendLine(e.Data); };
        process.ErrorDataReceived += (_, e) => { lock (output) output.AppendLine(e.Data); };
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        try
        {
            while (true)
            {
                if (process.HasExited) throw new InvalidOperationException($"The API exited with {process.ExitCode} before it was ready:\n{Tail(output)}");
                if (clock.Elapsed > TimeSpan.FromMinutes(2)) throw new TimeoutException($"The API was not ready within 2 minutes:\n{Tail(output)}");
                try
                {
                    using var ready = await http.GetAsync("/health/ready");
                    if (ready.StatusCode == HttpStatusCode.OK) break;
                }
                catch (HttpRequestException)
                {
                    // Not listening yet.
                }

                await Task.Delay(20);
            }

            var readyAt = clock.Elapsed;
            using var get = new HttpRequestMessage(HttpMethod.Get, "/api/cases?pageSize=1");
            get.Headers.Authorization = new("Bearer", token);
            using var listed = await http.SendAsync(get);
            if (listed.StatusCode != HttpStatusCode.OK) throw new InvalidOperationException($"GET /api/cases answered {listed.StatusCode}:\n{Tail(output)}");
            var getAt = clock.Elapsed;

            var outcome = await new HttpCaseTarget(http, token).RunAsync(new CaseRequest(Operation.RaiseComplaint, Guid.Empty, 0), CancellationToken.None);
            if (outcome.Status != 201) throw new InvalidOperationException($"POST /api/complaints answered {outcome.Status}:\n{Tail(output)}");
            return new Timing(readyAt, getAt, clock.Elapsed);
        }
        finally
        {
            if (!process.HasExited) process.Kill(entireProcessTree: true);
            await process.WaitForExitAsync();
        }
    }

    private static string Tail(StringBuilder output)
    {
        lock (output) return string.Join('\n', output.ToString().Split('\n').TakeLast(30));
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    private static string Line(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
