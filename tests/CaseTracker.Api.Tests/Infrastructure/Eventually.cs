using System.Diagnostics;
using System.Text.Json.Nodes;

namespace CaseTracker.Api.Tests.Infrastructure;

/// <summary>Waits, within a bound, for something the scheduler does in the background.</summary>
public static class Eventually
{
    public static readonly TimeSpan Bound = TimeSpan.FromSeconds(20);

    public static async Task<T> Until<T>(Func<Task<T>> read, Func<T, bool> done, string what, TimeSpan? within = null)
    {
        var bound = within ?? Bound;
        var watch = Stopwatch.StartNew();
        while (true)
        {
            var value = await read();
            if (done(value)) return value;
            if (watch.Elapsed > bound) throw new TimeoutException($"Waited {bound.TotalSeconds:0} s for {what}; last seen: {value}");
            await Task.Delay(200);
        }
    }

    /// <summary>The timeline entries of one kind, e.g. "acknowledgement-overdue".</summary>
    public static async Task<IReadOnlyList<JsonNode>> Entries(Caller caller, Guid caseId, string kind) =>
        [.. (await caller.GetJson($"/api/cases/{caseId}/timeline"))["entries"]!.AsArray().Where(e => (string?)e!["kind"] == kind).Select(e => e!)];

    /// <summary>One duty from the case's deadlines, by kind ("Acknowledgement", "Candour"…).</summary>
    public static async Task<JsonNode> Duty(Caller caller, Guid caseId, string kind) =>
        (await caller.GetJson($"/api/cases/{caseId}/deadlines"))["duties"]!.AsArray().Single(d => (string?)d!["kind"] == kind)!;

    /// <summary>Waits until the case's timeline shows an entry of <paramref name="kind"/>, and returns all such entries.</summary>
    public static Task<IReadOnlyList<JsonNode>> UntilEntry(Caller caller, Guid caseId, string kind) =>
        Until(() => Entries(caller, caseId, kind), entries => entries.Count > 0, $"a {kind} entry on case {caseId}");
}
