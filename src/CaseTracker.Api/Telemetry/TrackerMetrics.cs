using System.Diagnostics;
using System.Diagnostics.Metrics;
using CaseTracker.Domain.Cases;

namespace CaseTracker.Api.Telemetry;

/// <summary>
/// The tracker's own meter, "CaseTracker": what it is asked to do and what it holds. Gauges read the
/// last figures <see cref="StoreSampler"/> took; observing them never touches the database.
/// </summary>
public sealed class TrackerMetrics
{
    public const string MeterName = "CaseTracker";

    private readonly Counter<long> _casesRaised;
    private readonly Counter<long> _commands;
    private readonly Histogram<double> _commandDuration;

    public TrackerMetrics(IMeterFactory meters, StoreSample sample)
    {
        var meter = meters.Create(MeterName);
        _casesRaised = meter.CreateCounter<long>("casetracker.cases.raised", "{case}",
            "Cases raised: complaints and harm incidents, by kind and, for complaints, the channel they came by.");
        _commands = meter.CreateCounter<long>("casetracker.commands", "{command}",
            "Commands handled, by command and outcome (committed, invalid, not-found, refused, unprocessable, stale, busy, failed).");
        _commandDuration = meter.CreateHistogram("casetracker.command.duration", "s",
            "Time from a command's arrival to its answer, by command and outcome.",
            advice: new InstrumentAdvice<double> { HistogramBucketBoundaries = [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10] });

        meter.CreateObservableGauge("casetracker.duties.overdue", () => sample.Latest.OverdueDuties
                .Select(duty => new Measurement<long>(duty.Value, new KeyValuePair<string, object?>("duty", duty.Key.ToString()))),
            "{duty}", "Open overdue duties across all organisations: overdue, undone, on an open case; by kind of duty.");
        meter.CreateObservableGauge("casetracker.projection.lag", () => sample.Latest.Projections
                .Select(p => new Measurement<long>(p.LagEvents, new KeyValuePair<string, object?>("projection", p.Shard))),
            "{event}", "Events recorded but not yet applied by each background projection.");
        meter.CreateObservableGauge("casetracker.projection.delay", () => sample.Latest.Projections
                .Select(p => new Measurement<double>(p.OldestWaiting?.TotalSeconds ?? 0, new KeyValuePair<string, object?>("projection", p.Shard))),
            "s", "How long the oldest event a background projection has not applied yet has been waiting; 0 when caught up.");
    }

    public void CaseRaised(object firstEvent)
    {
        switch (firstEvent)
        {
            case ComplaintRaised complaint:
                _casesRaised.Add(1, new("kind", "complaint"), new("channel", complaint.Channel.ToString()));
                break;
            case HarmIncidentReported:
                _casesRaised.Add(1, new KeyValuePair<string, object?>("kind", "incident"));
                break;
        }
    }

    public void CommandHandled(string command, string outcome, double seconds)
    {
        var tags = new TagList { { "command", command }, { "outcome", outcome } };
        _commands.Add(1, tags);
        _commandDuration.Record(seconds, tags);
    }
}
