using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using CaseTracker.Api.Tests.Infrastructure;
using CaseTracker.Api.Tests.Infrastructure.Otlp;
using Xunit.Abstractions;

namespace CaseTracker.Api.Tests.Observability;

/// <summary>
/// The API exports its telemetry to an OTLP endpoint, here one inside the test: a command's trace runs
/// from the HTTP request through Wolverine and Marten down to each PostgreSQL statement, and the event
/// the command recorded carries that trace's id as its correlation id, so an auditor can find the trace.
/// </summary>
public sealed class Following_a_command_through_its_trace(ITestOutputHelper output)
{
    private static readonly TimeSpan ExportBound = TimeSpan.FromSeconds(60);

    /// <remarks>
    /// The complaint arrived a month ago by letter, so its acknowledgement is already overdue: the check the
    /// command schedules runs at once, as a Wolverine message, and appends the overdue event in the same trace.
    /// </remarks>
    [Fact]
    public async Task a_late_complaint_is_one_trace_from_http_through_wolverine_and_marten_to_postgresql_and_its_events_name_it()
    {
        await using var database = await TestDatabase.CreateAsync();
        await using var receiver = await OtlpReceiver.StartAsync();
        var key = ApiProcess.NewSigningKey();
        await using var api = await ApiProcess.StartAsync(database.ConnectionString, key, settings: new Dictionary<string, string>
        {
            ["OTEL_EXPORTER_OTLP_ENDPOINT"] = receiver.Address.ToString(),
            ["OTEL_EXPORTER_OTLP_PROTOCOL"] = "http/protobuf",
            ["OTEL_SERVICE_NAME"] = "casetracker-under-test",
            ["OTEL_BSP_SCHEDULE_DELAY"] = "200",
            ["OTEL_METRIC_EXPORT_INTERVAL"] = "1000",
            ["CaseTracker__Telemetry__SampleSeconds"] = "1",
        });
        var tenant = $"otel-{Guid.NewGuid():N}"[..20];

        using var handler = Client(api, DevTokens.Issue(key, "pat.handler", "handler", tenant));
        var raised = await handler.PostAsJsonAsync("/api/complaints", Bodies.Complaint(DateTimeOffset.UtcNow.AddDays(-30)));
        Assert.Equal(HttpStatusCode.Created, raised.StatusCode);
        var caseId = (string)(await raised.Content.ReadFromJsonAsync<JsonNode>())!["id"]!;

        using var auditor = Client(api, DevTokens.Issue(key, "ann.auditor", "auditor", tenant));
        var events = await Eventually.Until(
            async () => (await auditor.GetFromJsonAsync<JsonNode>($"/api/cases/{caseId}/events"))!["events"]!.AsArray(),
            e => e.Count == 2, "the acknowledgement-overdue event", ExportBound);
        Assert.Equal(["complaint_raised", "acknowledgement_overdue"], events.Select(e => (string)e!["type"]!));
        var correlation = Assert.IsType<string>((string?)events[0]!["correlationId"]);
        Assert.Equal(correlation, (string?)events[1]!["correlationId"]);

        List<ReceivedSpan> trace;
        try
        {
            trace = await Eventually.Until(
                () => Task.FromResult(receiver.Spans.Where(s => s.TraceId == correlation).ToList()),
                spans => ReachesPostgresqlThroughEveryLayer(spans) && spans.All(s => s.ParentSpanId is null || spans.Any(p => p.SpanId == s.ParentSpanId)),
                $"the spans of trace {correlation} from every layer, and their parents", ExportBound);
        }
        finally
        {
            output.WriteLine($"Received {receiver.Spans.Count} spans; of trace {correlation}:");
            foreach (var span in receiver.Spans.Where(s => s.TraceId == correlation)) output.WriteLine(span.ToString());
        }

        var request = Assert.Single(trace, s => s.ParentSpanId is null);
        output.WriteLine("The request's attributes: " + string.Join(", ", request.Attributes.Select(a => $"{a.Key}={a.Value}")));
        Assert.Equal("Microsoft.AspNetCore", request.Scope);
        Assert.Equal(ReceivedSpan.Server, request.Kind);
        Assert.Equal("/api/complaints", request.Attributes["http.route"]);
        Assert.Equal("201", request.Attributes["http.response.status_code"]);
        Assert.All(trace, span => Assert.Equal("casetracker-under-test", span.Service));
        Assert.Contains(trace, s => s.Scope == "Npgsql" && s.Attributes.GetValueOrDefault("db.system.name") == "postgresql"
                                    && AncestorsOf(s, trace).Select(a => a.Scope).SequenceEqual(["Marten", "Microsoft.AspNetCore"]));

        // The handler's log that the clock ran out went out with the same trace id.
        await Eventually.Until(() => Task.FromResult(receiver.Logs.Where(l => l.TraceId == correlation).ToList()),
            logs => logs.Any(l => l.Body.Contains("flagged overdue", StringComparison.Ordinal)), "the log of the overdue duty, in the trace", ExportBound);
        // And on standard output, for a log collector: one JSON object per line, its scopes naming the trace.
        var consoleLine = await Eventually.Until(
            () => Task.FromResult(api.RecentOutput.Split('\n').FirstOrDefault(l => l.Contains("flagged overdue", StringComparison.Ordinal))),
            line => line is not null, "the overdue duty's log line on standard output", ExportBound);
        var scopes = JsonNode.Parse(consoleLine!)!["Scopes"]!.AsArray();
        Assert.Contains(scopes, scope => (string?)scope!["TraceId"] == correlation);

        // The tracker's meter, exported too: the command counted, and the gauges sampled from the store.
        Assert.Contains(receiver.Metrics, m => m is { Scope: "CaseTracker", Name: "casetracker.commands" });
        // Beside it the platform's own: HTTP requests, the runtime, and the database client.
        await Eventually.Until(() => Task.FromResult(receiver.Metrics.Select(m => m.Name).ToHashSet()),
            names => names.Contains("http.server.request.duration") && names.Any(n => n.StartsWith("dotnet.gc.", StringComparison.Ordinal))
                     && names.Contains("db.client.operation.duration"),
            "the HTTP, runtime and Npgsql metrics", ExportBound);
        await Eventually.Until(() => Task.FromResult(Gauge(receiver, "casetracker.duties.overdue", "duty", "Acknowledgement")),
            overdue => overdue == 1, "the overdue acknowledgement in the exported gauge", ExportBound);
        await Eventually.Until(() => Task.FromResult(Gauge(receiver, "casetracker.projection.lag", "projection", "LearningReport:All")),
            lag => lag == 0, "the learning projection's exported lag to be 0", ExportBound);
    }

    /// <summary>The latest exported value of a gauge's series, or null before any.</summary>
    private static double? Gauge(OtlpReceiver receiver, string name, string attribute, string value) =>
        receiver.Metrics.Where(m => m.Scope == "CaseTracker" && m.Name == name)
            .SelectMany(m => m.Points).Where(p => p.Attributes.GetValueOrDefault(attribute) == value)
            .Select(p => (double?)p.Value).LastOrDefault();

    /// <summary>
    /// A PostgreSQL statement under a Marten connection, under a Wolverine handler, under the HTTP request
    /// (with whatever lies between: the message was scheduled inside the request's Marten connection).
    /// </summary>
    private static bool ReachesPostgresqlThroughEveryLayer(IReadOnlyList<ReceivedSpan> spans) =>
        spans.Any(s => s.Scope == "Npgsql" && InOrder(AncestorsOf(s, spans).Select(a => a.Scope).ToList(), "Marten", "Wolverine", "Microsoft.AspNetCore"));

    /// <summary>Whether <paramref name="scopes"/>, nearest ancestor first, pass through each layer in turn.</summary>
    private static bool InOrder(List<string> scopes, params string[] layers)
    {
        var at = 0;
        foreach (var layer in layers)
        {
            at = scopes.IndexOf(layer, at);
            if (at < 0) return false;
        }

        return true;
    }

    private static IEnumerable<ReceivedSpan> AncestorsOf(ReceivedSpan span, IReadOnlyList<ReceivedSpan> trace)
    {
        for (var parent = trace.FirstOrDefault(s => s.SpanId == span.ParentSpanId); parent is not null;
             parent = trace.FirstOrDefault(s => s.SpanId == parent.ParentSpanId))
            yield return parent;
    }

    private static HttpClient Client(ApiProcess api, string token)
    {
        var client = new HttpClient { BaseAddress = api.Address };
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
        return client;
    }
}
