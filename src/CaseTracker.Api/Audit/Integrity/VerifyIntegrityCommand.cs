using System.Globalization;
using JasperFx.CommandLine;
using Microsoft.Extensions.DependencyInjection;
using Spectre.Console;

namespace CaseTracker.Api.Audit.Integrity;

public sealed class VerifyIntegrityInput : NetCoreInput
{
    [Description("Check only this organisation's cases")]
    public string? TenantFlag { get; set; }
}

/// <summary>
/// <c>dotnet run --project src/CaseTracker.Api -- verify-integrity</c>: checks every case stream in
/// the store against its chain and the latest checkpoint, lists the broken ones, and exits non-zero
/// when anything is broken — for a scheduled job or an auditor's own run.
/// </summary>
[Description("Checks the integrity chain of every case and the latest checkpoint; exits 1 if anything is broken", Name = "verify-integrity")]
public sealed class VerifyIntegrityCommand : JasperFxAsyncCommand<VerifyIntegrityInput>
{
    public override async Task<bool> Execute(VerifyIntegrityInput input)
    {
        using var host = input.BuildHost();
        var check = host.Services.GetRequiredService<StoreIntegrityCheck>();
        var console = AnsiConsole.Console;
        var total = await check.CountEvents(input.TenantFlag, CancellationToken.None);
        var broken = new List<BrokenCase>();
        const int Shown = 1000;
        long more = 0;

        void Keep(BrokenCase found)
        {
            // Keep the list bounded: a store broken everywhere must not exhaust memory.
            if (broken.Count < Shown) broken.Add(found);
            else more++;
        }

        StoreIntegritySummary summary;
        if (console.Profile.Capabilities.Interactive)
        {
            summary = await console.Progress()
                .Columns(new TaskDescriptionColumn(), new ProgressBarColumn(), new PercentageColumn(), new RemainingTimeColumn())
                .StartAsync(async progress =>
                {
                    var task = progress.AddTask($"Checking {total:N0} events", maxValue: Math.Max(total, 1));
                    var result = await check.Run(input.TenantFlag, checkedSoFar => task.Value = checkedSoFar, Keep, CancellationToken.None);
                    task.Value = task.MaxValue;
                    return result;
                });
        }
        else
        {
            // Redirected to a log: a line per tenth of the way instead of a redrawn bar.
            var step = Math.Max(total / 10, 1);
            var next = step;
            summary = await check.Run(input.TenantFlag, checkedSoFar =>
            {
                if (checkedSoFar < next) return;
                Console.WriteLine($"checked {checkedSoFar} of {total} events");
                next = checkedSoFar + step;
            }, Keep, CancellationToken.None);
        }

        // Findings go out as plain lines, never wrapped, so that logs and scripts can read them.
        foreach (var stream in broken)
            Console.WriteLine($"BROKEN tenant {stream.Tenant} case {stream.Case} from version {stream.FirstBrokenVersion}: {stream.Problem}");
        if (more > 0) Console.WriteLine($"... and {more} more.");
        if (summary.CheckpointId is { } id && !summary.CheckpointIntact)
            Console.WriteLine($"BROKEN checkpoint {id}: its recorded heads no longer hash to its root.");

        Console.WriteLine($"Checked {summary.Streams} cases, {summary.Events} events; latest checkpoint: {summary.CheckpointId?.ToString(CultureInfo.InvariantCulture) ?? "none"}.");
        Console.WriteLine(summary.Valid ? "Integrity: valid" : $"Integrity: BROKEN ({summary.Broken + (summary.CheckpointIntact ? 0 : 1)} problem(s))");
        return summary.Valid;
    }
}
