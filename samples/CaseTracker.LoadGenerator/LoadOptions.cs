using System.Globalization;

namespace CaseTracker.LoadGenerator;

/// <summary>The command line, with defaults that suit a local ./eng/run.sh.</summary>
public sealed record LoadOptions(
    IReadOnlyList<Uri> Urls, int Clients, TimeSpan Duration, string Tenant, string Role, string? Token, string? KeyFile, int Seed, Mix Mix, bool Progress)
{
    public const string Usage = """
        Usage: CaseTracker.LoadGenerator [options]
          --url URL          the API (default http://127.0.0.1:5080); give it again, or a comma-separated
                             list, for several nodes: clients are dealt to them in turn
          --clients N        simulated caseworkers working at once (default 8)
          --duration T       how long to run: 30, 30s, 2m (default 30s)
          --mix NAME         realistic | commands | reads (default realistic)
          --tenant ID        organisation to work in (default "default")
          --role ROLE        role in the tokens (default handler)
          --token JWT        one token for every client (default: one user per client, signed with --key-file)
          --key-file PATH    signing key, as ./eng/token.sh uses (default: .local/secrets/jwt-signing-key above here)
          --seed N           the same seed makes the same sequence of requests (default 1)
          --no-progress      no live progress line
        """;

    public static LoadOptions? Parse(string[] args, out string? error)
    {
        error = null;
        var options = new LoadOptions([new Uri("http://127.0.0.1:5080")], 8, TimeSpan.FromSeconds(30), "default", "handler", null, null, 1, Mix.Realistic,
            !Console.IsErrorRedirected);
        var urls = new List<Uri>();
        for (var i = 0; i < args.Length; i++)
        {
            var name = args[i];
            if (name == "--no-progress")
            {
                options = options with { Progress = false };
                continue;
            }

            if (i + 1 >= args.Length)
            {
                error = $"{name} needs a value";
                return null;
            }

            var value = args[++i];
            switch (name)
            {
                case "--url" when ParseUrls(value) is { } some: urls.AddRange(some); break;
                case "--clients" when int.TryParse(value, CultureInfo.InvariantCulture, out var n) && n is > 0 and <= 1_000: options = options with { Clients = n }; break;
                case "--duration" when ParseDuration(value) is { } d: options = options with { Duration = d }; break;
                case "--mix" when Mix.Named(value) is { } mix: options = options with { Mix = mix }; break;
                case "--tenant": options = options with { Tenant = value }; break;
                case "--role": options = options with { Role = value }; break;
                case "--token": options = options with { Token = value }; break;
                case "--key-file": options = options with { KeyFile = value }; break;
                case "--seed" when int.TryParse(value, CultureInfo.InvariantCulture, out var seed): options = options with { Seed = seed }; break;
                default:
                    error = $"unknown option or bad value: {name} {value}";
                    return null;
            }
        }

        return urls.Count > 0 ? options with { Urls = urls } : options;
    }

    /// <summary>One absolute URL, or several separated by commas; null if any does not parse.</summary>
    public static IReadOnlyList<Uri>? ParseUrls(string text)
    {
        var urls = new List<Uri>();
        foreach (var part in text.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            if (!Uri.TryCreate(part, UriKind.Absolute, out var url)) return null;
            urls.Add(url);
        }

        return urls.Count > 0 ? urls : null;
    }

    /// <summary>Seconds, or a number with s or m.</summary>
    public static TimeSpan? ParseDuration(string text)
    {
        var (number, unit) = text.EndsWith('m') ? (text[..^1], 60) : text.EndsWith('s') ? (text[..^1], 1) : (text, 1);
        return double.TryParse(number, CultureInfo.InvariantCulture, out var n) && n > 0 ? TimeSpan.FromSeconds(n * unit) : null;
    }
}
