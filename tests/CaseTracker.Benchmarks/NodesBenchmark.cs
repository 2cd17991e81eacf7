using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Net.Sockets;
using CaseTracker.Api.Security;
using CaseTracker.LoadGenerator;

namespace CaseTracker.Benchmarks;

/// <summary>
/// Throughput with one node and then with two, over one PostgreSQL, in one run: the API as separate processes
/// (Balanced, the async projection handed out by Wolverine's leader), the same load generator dealing its
/// clients to the nodes in turn as a round-robin load balancer would. The machine's load average is printed
/// beside each figure, because on a shared machine the other processes move the figures as much as the nodes do.
/// </summary>
public static class NodesBenchmark
{
    private const string Tenant = "bench";
    private const int WarmUpSeconds = 10;

    public static async Task<int> RunAsync(string[] args, TextWriter figures)
    {
        var (clients, seconds) = (8, 20);
        for (var i = 0; i + 1 < args.Length; i += 2)
        {
            var value = int.Parse(args[i + 1], CultureInfo.InvariantCulture);
            switch (args[i])
            {
                case "--clients": clients = value; break;
                case "--seconds": seconds = value; break;
                default: throw new ArgumentException($"Unknown option {args[i]}. Usage: nodes [--clients N] [--seconds S]");
            }
        }

        var connection = await BenchDatabase.CreateAsync("casetracker_nodes");
        var key = TokenAuthentication.NewSigningKey();
        var tokens = new BearerTokens(Convert.FromHexString(key));
        var cpu = await CpuMeter.ForServerAsync(connection);
        var rows = new List<Row>();
        var nodes = new List<Node>();
        try
        {
            foreach (var count in new[] { 1, 2 })
            {
                while (nodes.Count < count) nodes.Add(await Node.StartAsync(connection, key, nodes.Count + 1));
                using var http = HttpCaseTarget.SharedClients([.. nodes.Select(n => n.Url)], clients);
                ICaseTarget Target(int client) => new HttpCaseTarget(http.For(client), tokens.For($"bench-{client + 1:D3}", "handler", Tenant));

                // Warm-up on every node: Wolverine's endpoint code is generated on first use, in each process.
                var warm = await LoadRun.RunAsync(Target, Mix.Commands, clients, TimeSpan.FromSeconds(WarmUpSeconds), seed: 99);
                foreach (var mix in new[] { Mix.Commands, Mix.Realistic })
                {
                    var load = Load();
                    var before = cpu.Read();
                    var result = await LoadRun.RunAsync(Target, mix, clients, TimeSpan.FromSeconds(seconds), seed: count * 10 + 1,
                        sharedCases: warm.CasesRaised, progress: !Console.IsErrorRedirected);
                    var after = cpu.Read();
                    var row = new Row(count, mix.Name, result, (after.Database - before.Database).TotalSeconds / result.Elapsed.TotalSeconds, load, Load());
                    rows.Add(row);
                    Console.Error.WriteLine(Line($"  {count} node(s) {mix.Name,-10} {result.Throughput(),7:N1}/s  p50 {result.Percentile(0.5),6:N1} ms  p95 {result.Percentile(0.95),6:N1} ms  errors {result.Errors():N0} {string.Join(", ", result.ErrorSummary().Take(3))}  load {row.LoadBefore} → {row.LoadAfter}"));
                }
            }
        }
        finally
        {
            foreach (var node in nodes) await node.DisposeAsync();
        }

        figures.WriteLine(Line($"### One node and two ({clients} clients dealt to the nodes in turn, {seconds} s a run, after a {WarmUpSeconds} s warm-up on each node set)"));
        figures.WriteLine();
        figures.WriteLine("| nodes | mix | requests/s | p50 ms | p95 ms | p99 ms | errors | PostgreSQL CPU (cores busy) | load average before → after |");
        figures.WriteLine("| ---: | --- | ---: | ---: | ---: | ---: | ---: | ---: | --- |");
        foreach (var r in rows)
        {
            figures.WriteLine(Line($"| {r.Nodes} | {r.Mix} | {r.Result.Throughput():N1} | {r.Result.Percentile(0.5):N1} | {r.Result.Percentile(0.95):N1} | {r.Result.Percentile(0.99):N1} | {r.Result.Errors():N0} | {(cpu.SeesDatabase ? Line($"{r.DatabaseCores:N2}") : "n/a")} | {r.LoadBefore} → {r.LoadAfter} |"));
        }

        figures.WriteLine();
        foreach (var mix in rows.Select(r => r.Mix).Distinct())
        {
            var (one, two) = (rows.Single(r => r.Nodes == 1 && r.Mix == mix), rows.Single(r => r.Nodes == 2 && r.Mix == mix));
            figures.WriteLine(Line($"- {mix}: two nodes / one = {two.Result.Throughput() / one.Result.Throughput():P0}"));
        }

        figures.WriteLine(Line($"- {Environment.ProcessorCount} cores shared by the nodes, PostgreSQL, the load generator and whatever else runs."));
        return rows.All(r => r.Result.Samples.Count > 0) ? 0 : 1;
    }

    private sealed record Row(int Nodes, string Mix, LoadResult Result, double DatabaseCores, string LoadBefore, string LoadAfter);

    /// <summary>The 1-minute load average: how many processes wanted a core, on average, over the last minute.</summary>
    private static string Load() => File.Exists("/proc/loadavg") ? File.ReadAllText("/proc/loadavg").Split(' ')[0] : "n/a";

    private static string Line(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);

    /// <summary>One API process as a node of the cluster: Balanced, not Solo, on a loopback port of its own.</summary>
    private sealed class Node : IAsyncDisposable
    {
        private readonly Process _process;
        private readonly Queue<string> _output = new();

        private Node(Process process, Uri url)
        {
            _process = process;
            Url = url;
            process.OutputDataReceived += (_, e) => Keep(e.Data);
            process.ErrorDataReceived += (_, e) => Keep(e.Data);
            process.BeginOutputReadLine();
            process.BeginErrorReadLine();
        }

        public Uri Url { get; }

        public static async Task<Node> StartAsync(string connection, string key, int number)
        {
            var url = new Uri($"http://127.0.0.1:{FreePort()}");
            var dll = Path.Combine(AppContext.BaseDirectory, "CaseTracker.Api.dll");
            var start = new ProcessStartInfo("dotnet", [dll])
            {
                WorkingDirectory = AppContext.BaseDirectory,
                RedirectStandardOutput = true,
                RedirectStandardError = true,
                UseShellExecute = false,
                Environment =
                {
                    ["ConnectionStrings__Marten"] = connection,
                    ["Auth__SigningKey"] = key,
                    ["ASPNETCORE_URLS"] = url.ToString(),
                    ["ASPNETCORE_ENVIRONMENT"] = "Production",
                    ["CaseTracker__Solo"] = "false",
                    ["CaseTracker__RateLimit__WritesPerMinute"] = "1000000",
                },
            };
            Console.Error.WriteLine($"  starting node {number} at {url}");
            var node = new Node(Process.Start(start) ?? throw new InvalidOperationException($"Could not start {dll}"), url);
            using var http = new HttpClient { BaseAddress = url, Timeout = TimeSpan.FromSeconds(5) };
            var clock = Stopwatch.StartNew();
            while (clock.Elapsed < TimeSpan.FromMinutes(2))
            {
                if (node._process.HasExited) throw new InvalidOperationException($"Node {number} exited with {node._process.ExitCode}:\n{node.Tail()}");
                try
                {
                    using var ready = await http.GetAsync("/health/ready");
                    if (ready.StatusCode == HttpStatusCode.OK) return node;
                }
                catch (Exception e) when (e is HttpRequestException or TaskCanceledException)
                {
                    // Not listening yet, or still starting.
                }

                await Task.Delay(250);
            }

            await node.DisposeAsync();
            throw new TimeoutException($"Node {number} was not ready within 2 minutes:\n{node.Tail()}");
        }

        public async ValueTask DisposeAsync()
        {
            if (!_process.HasExited) _process.Kill(entireProcessTree: true);
            await _process.WaitForExitAsync();
            _process.Dispose();
        }

        private void Keep(string? line)
        {
            if (line is null) return;
            lock (_output)
            {
                _output.Enqueue(line);
                while (_output.Count > 40) _output.Dequeue();
            }
        }

        private string Tail()
        {
            lock (_output) return string.Join('\n', _output);
        }

        private static int FreePort()
        {
            using var listener = new TcpListener(IPAddress.Loopback, 0);
            listener.Start();
            return ((IPEndPoint)listener.LocalEndpoint).Port;
        }
    }
}
