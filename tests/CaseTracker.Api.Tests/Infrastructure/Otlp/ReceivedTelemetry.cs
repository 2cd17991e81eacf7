namespace CaseTracker.Api.Tests.Infrastructure.Otlp;

/// <summary>A span as the OTLP receiver got it: the instrumentation scope that made it, its ids, name and attributes.</summary>
public sealed record ReceivedSpan(string Service, string Scope, string TraceId, string SpanId, string? ParentSpanId, string Name, int Kind,
    IReadOnlyDictionary<string, string> Attributes)
{
    /// <summary>OTLP's SpanKind: 2 is a server span, 3 a client span.</summary>
    public const int Server = 2;

    public override string ToString() => $"{Scope}: {Name} (kind {Kind}, span {SpanId}, parent {ParentSpanId ?? "none"})";
}

/// <summary>A log record as exported: the trace it was written in (empty outside any) and its text.</summary>
public sealed record ReceivedLog(string TraceId, string Body);

/// <summary>A metric as exported: its meter (scope), name, and, for gauges and sums, each data point's attributes and value.</summary>
public sealed record ReceivedMetric(string Scope, string Name, IReadOnlyList<(IReadOnlyDictionary<string, string> Attributes, double Value)> Points);

/// <summary>
/// Field numbers from opentelemetry-proto (collector/*/v1, trace/v1, metrics/v1, resource/v1, common/v1):
/// ExportTraceServiceRequest.resource_spans = 1; ResourceSpans.resource = 1, .scope_spans = 2;
/// ScopeSpans.scope = 1, .spans = 2; InstrumentationScope.name = 1; Span.trace_id = 1, .span_id = 2,
/// .parent_span_id = 4, .name = 5, .kind = 6, .attributes = 9; Resource.attributes = 1; KeyValue.key = 1,
/// .value = 2; AnyValue.string_value = 1, .bool_value = 2, .int_value = 3.
/// ExportMetricsServiceRequest.resource_metrics = 1; ResourceMetrics.scope_metrics = 2;
/// ScopeMetrics.scope = 1, .metrics = 2; Metric.name = 1, .gauge = 5, .sum = 7; Gauge and Sum .data_points = 1;
/// NumberDataPoint.as_double = 4 (double), .as_int = 6 (sfixed64), .attributes = 7.
/// ExportLogsServiceRequest.resource_logs = 1; ResourceLogs.scope_logs = 2; ScopeLogs.log_records = 2;
/// LogRecord.body = 5 (AnyValue), .trace_id = 9.
/// </summary>
public static class OtlpMessages
{
    public static IEnumerable<ReceivedSpan> Spans(ReadOnlyMemory<byte> exportTraceServiceRequest)
    {
        foreach (var resourceSpans in ProtobufFields.Read(exportTraceServiceRequest).All(1).Select(f => f.Message))
        {
            var resource = resourceSpans.One(1)?.Message ?? [];
            var service = Attributes(resource).GetValueOrDefault("service.name", "");
            foreach (var scopeSpans in resourceSpans.All(2).Select(f => f.Message))
            {
                var scope = scopeSpans.One(1)?.Message.One(1)?.Text ?? "";
                foreach (var span in scopeSpans.All(2).Select(f => f.Message))
                {
                    var parent = span.One(4) is { Bytes.Length: > 0 } p ? p.Hex : null;
                    yield return new ReceivedSpan(service, scope, span.One(1)?.Hex ?? "", span.One(2)?.Hex ?? "", parent,
                        span.One(5)?.Text ?? "", (int)(span.One(6)?.Number64 ?? 0), Attributes(span, 9));
                }
            }
        }
    }

    public static IEnumerable<ReceivedMetric> Metrics(ReadOnlyMemory<byte> exportMetricsServiceRequest) =>
        from resourceMetrics in ProtobufFields.Read(exportMetricsServiceRequest).All(1).Select(f => f.Message)
        from scopeMetrics in resourceMetrics.All(2).Select(f => f.Message)
        let scope = scopeMetrics.One(1)?.Message.One(1)?.Text ?? ""
        from metric in scopeMetrics.All(2).Select(f => f.Message)
        select new ReceivedMetric(scope, metric.One(1)?.Text ?? "", Points(metric));

    public static IEnumerable<ReceivedLog> Logs(ReadOnlyMemory<byte> exportLogsServiceRequest) =>
        from resourceLogs in ProtobufFields.Read(exportLogsServiceRequest).All(1).Select(f => f.Message)
        from scopeLogs in resourceLogs.All(2).Select(f => f.Message)
        from record in scopeLogs.All(2).Select(f => f.Message)
        select new ReceivedLog(record.One(9)?.Hex ?? "", record.One(5)?.Message.One(1)?.Text ?? "");

    private static List<(IReadOnlyDictionary<string, string>, double)> Points(IReadOnlyList<ProtobufField> metric) =>
    [
        .. from numbers in metric.All(5).Concat(metric.All(7)).Select(f => f.Message)
           from point in numbers.All(1).Select(f => f.Message)
           let value = point.One(4) is { } d ? BitConverter.Int64BitsToDouble((long)d.Number64) : (long)(point.One(6)?.Number64 ?? 0)
           select ((IReadOnlyDictionary<string, string>)Attributes(point, 7), value),
    ];

    /// <summary>Attributes whose values are text, whole numbers or booleans, as text.</summary>
    private static Dictionary<string, string> Attributes(IReadOnlyList<ProtobufField> message, int field = 1)
    {
        var attributes = new Dictionary<string, string>();
        foreach (var keyValue in message.All(field).Select(f => f.Message))
        {
            var key = keyValue.One(1)?.Text;
            var value = keyValue.One(2)?.Message;
            if (key is null || value is null) continue;
            if (value.One(1) is { } text) attributes[key] = text.Text;
            else if (value.One(2) is { } flag) attributes[key] = flag.Number64 != 0 ? "true" : "false";
            else if (value.One(3) is { } whole) attributes[key] = ((long)whole.Number64).ToString(System.Globalization.CultureInfo.InvariantCulture);
        }

        return attributes;
    }
}
