using System.Diagnostics.Metrics;
using CaseTracker.Api.Telemetry;
using CaseTracker.Api.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;

namespace CaseTracker.Api.Tests.Observability;

/// <summary>
/// The tracker's meter counts every command by what became of it and times it, and counts the cases
/// raised: read here with a listener on the host's own meter, as an exporter would read it.
/// </summary>
[Collection(ApiCollection.Name)]
public sealed class Counting_commands_by_outcome(CaseTrackerApp app)
{
    [Fact]
    public async Task each_command_is_counted_and_timed_by_its_outcome_and_each_raised_case_by_kind_and_channel()
    {
        using var meter = new TrackerMeterReading(app.Host.Services.GetRequiredService<IMeterFactory>());
        var handler = Caller.InNewTenant(app);

        var id = await handler.RaiseComplaint();
        await handler.ReportIncident();
        await handler.Post($"/api/cases/{id}/final-response", Bodies.FinalResponse(), 409);
        await handler.Post($"/api/cases/{id}/notes", new { }, 400);
        await handler.Post($"/api/cases/{id}/acknowledgement", Bodies.Acknowledgement(), 412, ifMatch: "\"7\"");
        await handler.Post($"/api/cases/{Guid.NewGuid()}/notes", new { text = "Called back." }, 404);
        await handler.Post($"/api/cases/{id}/acknowledgement", Bodies.Acknowledgement(), 200, ifMatch: "\"1\"");

        Assert.Equal(
        [
            ("RaiseComplaint", "committed"), ("ReportHarmIncident", "committed"), ("SendFinalResponse", "refused"),
            ("AddNote", "invalid"), ("AcknowledgeComplaint", "stale"), ("AddNote", "not-found"), ("AcknowledgeComplaint", "committed"),
        ], meter.Commands);
        Assert.Equal(meter.Commands, meter.Timings.Select(t => (t.Command, t.Outcome)));
        Assert.All(meter.Timings, t => Assert.True(t.Seconds > 0, $"{t.Command} took {t.Seconds} s"));
        Assert.Equal([("complaint", "Email"), ("incident", null)], meter.CasesRaised);
    }

    /// <summary>Listens to the "CaseTracker" meter of one host only: other hosts in the test process have meters of the same name.</summary>
    private sealed class TrackerMeterReading : IDisposable
    {
        private readonly MeterListener _listener = new();
        private readonly Lock _lock = new();
        private readonly List<(string, string)> _commands = [];
        private readonly List<(string Command, string Outcome, double Seconds)> _timings = [];
        private readonly List<(string?, string?)> _raised = [];

        public TrackerMeterReading(IMeterFactory hostMeters)
        {
            _listener.InstrumentPublished = (instrument, listener) =>
            {
                if (instrument.Meter.Name == TrackerMetrics.MeterName && ReferenceEquals(instrument.Meter.Scope, hostMeters))
                    listener.EnableMeasurementEvents(instrument);
            };
            _listener.SetMeasurementEventCallback<long>((instrument, _, tags, _) =>
            {
                lock (_lock)
                {
                    if (instrument.Name == "casetracker.commands") _commands.Add((Tag(tags, "command")!, Tag(tags, "outcome")!));
                    if (instrument.Name == "casetracker.cases.raised") _raised.Add((Tag(tags, "kind"), Tag(tags, "channel")));
                }
            });
            _listener.SetMeasurementEventCallback<double>((instrument, seconds, tags, _) =>
            {
                lock (_lock)
                    if (instrument.Name == "casetracker.command.duration") _timings.Add((Tag(tags, "command")!, Tag(tags, "outcome")!, seconds));
            });
            _listener.Start();
        }

        public IReadOnlyList<(string, string)> Commands { get { lock (_lock) return [.. _commands]; } }

        public IReadOnlyList<(string Command, string Outcome, double Seconds)> Timings { get { lock (_lock) return [.. _timings]; } }

        public IReadOnlyList<(string?, string?)> CasesRaised { get { lock (_lock) return [.. _raised]; } }

        public void Dispose() => _listener.Dispose();

        private static string? Tag(ReadOnlySpan<KeyValuePair<string, object?>> tags, string name)
        {
            foreach (var tag in tags)
                if (tag.Key == name) return tag.Value?.ToString();
            return null;
        }
    }
}
