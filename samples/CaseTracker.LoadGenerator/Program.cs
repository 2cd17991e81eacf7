using CaseTracker.LoadGenerator;

// Puts a realistic load on a running CaseTracker and reports throughput, latency percentiles and errors.
if (args.Contains("--help") || args.Contains("-h"))
{
    Console.WriteLine(LoadOptions.Usage);
    return 0;
}

if (LoadOptions.Parse(args, out var error) is not { } options)
{
    Console.Error.WriteLine($"load generator: {error}");
    Console.Error.WriteLine(LoadOptions.Usage);
    return 2;
}

Func<int, string> tokenFor;
if (options.Token is { } token) tokenFor = _ => token;
else if ((options.KeyFile ?? BearerTokens.FindLocalKeyFile()) is { } keyFile && File.Exists(keyFile))
{
    // A user per client, as a team of caseworkers would be: write budgets are per user.
    var tokens = BearerTokens.FromKeyFile(keyFile);
    tokenFor = client => tokens.For($"load-{client + 1:D3}", options.Role, options.Tenant);
}
else
{
    Console.Error.WriteLine("load generator: no --token and no signing key file (run ./eng/token.sh once, or pass --key-file)");
    return 2;
}

using var http = HttpCaseTarget.SharedClients(options.Urls, options.Clients);
Console.Error.WriteLine($"{options.Clients} clients, {options.Mix.Name} mix, {options.Duration.TotalSeconds:N0} s against {string.Join(", ", options.Urls)} (tenant {options.Tenant}, seed {options.Seed})");
using var stop = new CancellationTokenSource();
Console.CancelKeyPress += (_, e) =>
{
    // The first Ctrl-C ends the run early but still prints what was measured.
    e.Cancel = true;
    stop.Cancel();
};

var result = await LoadRun.RunAsync(client => new HttpCaseTarget(http.For(client), tokenFor(client)), options.Mix, options.Clients, options.Duration, options.Seed,
    progress: options.Progress, ct: stop.Token);

Console.WriteLine($"{result.Samples.Count:N0} requests in {result.Elapsed.TotalSeconds:N1} s: {result.Throughput():N1} successful requests/s, {result.Errors():N0} errors");
Console.WriteLine();
Console.Write(result.Table());
foreach (var line in result.ErrorSummary().Take(10)) Console.WriteLine($"  {line}");
if (result.Samples.Any(s => s.Status == 429))
    Console.WriteLine("  (429: the per-user write budget; start the API with CaseTracker__RateLimit__WritesPerMinute raised for load tests)");
return result.Samples.Count > 0 && result.Errors() == 0 ? 0 : 1;
