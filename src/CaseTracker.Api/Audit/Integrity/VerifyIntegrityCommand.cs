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

        var summary = await console.Progress()
            .Columns(new TaskDescriptionColumn(), new ProgressBarColumn(), new PercentageColumn(), new RemainingTimeColumn())
            .StartAsync(async progress =>
            {
                var task = progress.AddTask($"Checking {total:N0} events", maxValue: Math.Max(total, 1));
                var result = await check.Run(input.TenantFlag,
                    checkedSoFar => task.Value = checkedSoFar,
                    stream =>
                    {
                        // Keep the list bounded: a store broken everywhere must not exhaust memory.
                        if (broken.Count < Shown) broken.Add(stream);
                        else more++;
                    },
                    CancellationToken.None);
                task.Value = task.MaxValue;
                return result;
            });

        foreach (var stream in broken)
            console.MarkupLineInterpolated($"[red]BROKEN[/] tenant {stream.Tenant} case {stream.Stream} from version {stream.FirstBrokenVersion}: {stream.Problem}");
        if (more > 0) console.MarkupLineInterpolated($"[red]… and {more} more.[/]");
        if (summary.CheckpointId is { } id && !summary.CheckpointIntact)
            console.MarkupLineInterpolated($"[red]BROKEN[/] checkpoint {id}: its recorded heads no longer hash to its root.");

        console.MarkupLineInterpolated(
            $"Checked {summary.Streams:N0} cases, {summary.Events:N0} events; latest checkpoint: {(summary.CheckpointId is { } c ? c.ToString(System.Globalization.CultureInfo.InvariantCulture) : "none")}.");
        console.MarkupLine(summary.Valid ? "[green]Integrity: valid[/]" : $"[red]Integrity: BROKEN ({summary.Broken} problem(s))[/]");
        return summary.Valid;
    }
}
