using System.Globalization;

namespace CaseTracker.DataGenerator;

/// <summary>The command line: --cases, --months, --seed, --tenant, --batch and --connection.</summary>
internal sealed record GeneratorOptions(int Cases, int Months, int Seed, string Tenant, int Batch, string Connection)
{
    public const string Usage = """
        Writes realistic, made-up case histories to a CaseTracker event store, through the case rules.

          dotnet run --project samples/CaseTracker.DataGenerator -- [options]

          --cases N        cases to write (default 1000)
          --months N       spread over the N months before today (default 24)
          --seed N         the same seed writes the same histories (default 1)
          --tenant NAME    the organisation to write them for (default "default")
          --batch N        cases per transaction (default 500)
          --connection CS  PostgreSQL connection string (default: CONNECTIONSTRINGS__MARTEN,
                           else the database ./eng/run.sh starts on 127.0.0.1:5433)
        """;

    public static GeneratorOptions? Parse(string[] args, TextWriter errors)
    {
        var values = new Dictionary<string, string>(StringComparer.Ordinal);
        for (var i = 0; i < args.Length; i++)
        {
            if (args[i] is "-h" or "--help") return null;
            if (!args[i].StartsWith("--", StringComparison.Ordinal) || i + 1 >= args.Length)
            {
                errors.WriteLine($"Unexpected argument '{args[i]}'.");
                return null;
            }

            values[args[i][2..]] = args[++i];
        }

        var unknown = values.Keys.Except(["cases", "months", "seed", "tenant", "batch", "connection"]).ToList();
        if (unknown.Count > 0)
        {
            errors.WriteLine($"Unknown option --{unknown[0]}.");
            return null;
        }

        int Number(string name, int fallback, int min, int max)
        {
            if (!values.TryGetValue(name, out var text)) return fallback;
            if (int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var n) && n >= min && n <= max) return n;
            throw new ArgumentException($"--{name} must be a whole number from {min} to {max}.");
        }

        try
        {
            return new GeneratorOptions(
                Number("cases", 1000, 1, 10_000_000), Number("months", 24, 1, 60), Number("seed", 1, 0, int.MaxValue),
                values.GetValueOrDefault("tenant") ?? "default", Number("batch", 500, 1, 10_000),
                values.GetValueOrDefault("connection") ?? Environment.GetEnvironmentVariable("CONNECTIONSTRINGS__MARTEN")
                    ?? "Host=127.0.0.1;Port=5433;Username=postgres;Database=casetracker");
        }
        catch (ArgumentException e)
        {
            errors.WriteLine(e.Message);
            return null;
        }
    }
}
