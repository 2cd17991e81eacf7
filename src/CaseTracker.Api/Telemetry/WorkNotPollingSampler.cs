using System.Collections.Frozen;
using System.Diagnostics;
using OpenTelemetry.Trace;

namespace CaseTracker.Api.Telemetry;

/// <summary>
/// Decides for traces that start without a parent: the background's polling is left out, the work kept.
/// Wolverine's node agent and Marten's projection daemon look at PostgreSQL every second or so; a trace
/// per look would bury the requests and messages. So a root span that is a bare database call (made by
/// no request and no message) or one of those polls is dropped. Children follow their parent's decision
/// (see <see cref="ParentBasedSampler"/>), so a projection batch or a handled message is traced whole.
/// </summary>
public sealed class WorkNotPollingSampler : Sampler
{
    private static readonly FrozenSet<string> Polls = new[] { "marten.daemon.highwatermark", "wolverine_node_assignments" }.ToFrozenSet();

    public override SamplingResult ShouldSample(in SamplingParameters samplingParameters) =>
        new(samplingParameters.Kind == ActivityKind.Client || Polls.Contains(samplingParameters.Name)
            ? SamplingDecision.Drop
            : SamplingDecision.RecordAndSample);
}
