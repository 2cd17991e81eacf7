using System.Collections.Concurrent;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;

namespace CaseTracker.Api.Tests.Infrastructure.Otlp;

/// <summary>
/// A local OTLP/HTTP endpoint, as a collector would offer: it accepts protobuf exports of traces,
/// metrics and logs on a loopback port and keeps the spans, metrics and logs it was sent.
/// </summary>
public sealed class OtlpReceiver : IAsyncDisposable
{
    private readonly WebApplication _web;
    private readonly ConcurrentQueue<ReceivedSpan> _spans = new();
    private readonly ConcurrentQueue<ReceivedMetric> _metrics = new();
    private readonly ConcurrentQueue<ReceivedLog> _logs = new();

    private OtlpReceiver(WebApplication web, Uri address)
    {
        _web = web;
        Address = address;
    }

    /// <summary>The base address, as OTEL_EXPORTER_OTLP_ENDPOINT takes it: the exporter adds /v1/traces and the like.</summary>
    public Uri Address { get; }

    public IReadOnlyList<ReceivedSpan> Spans => [.. _spans];

    public IReadOnlyList<ReceivedMetric> Metrics => [.. _metrics];

    public IReadOnlyList<ReceivedLog> Logs => [.. _logs];

    public static async Task<OtlpReceiver> StartAsync()
    {
        var address = new Uri($"http://127.0.0.1:{LoopbackPorts.Free()}");
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls(address.ToString());
        builder.Logging.ClearProviders();
        var web = builder.Build();
        var receiver = new OtlpReceiver(web, address);
        web.MapPost("/v1/traces", async (HttpRequest request) =>
        {
            foreach (var span in OtlpMessages.Spans(await Body(request))) receiver._spans.Enqueue(span);
            return Exported();
        });
        web.MapPost("/v1/metrics", async (HttpRequest request) =>
        {
            foreach (var metric in OtlpMessages.Metrics(await Body(request))) receiver._metrics.Enqueue(metric);
            return Exported();
        });
        web.MapPost("/v1/logs", async (HttpRequest request) =>
        {
            foreach (var log in OtlpMessages.Logs(await Body(request))) receiver._logs.Enqueue(log);
            return Exported();
        });
        await web.StartAsync();
        return receiver;
    }

    public async ValueTask DisposeAsync()
    {
        await _web.StopAsync();
        await _web.DisposeAsync();
    }

    private static async Task<ReadOnlyMemory<byte>> Body(HttpRequest request)
    {
        using var buffer = new MemoryStream();
        await request.Body.CopyToAsync(buffer);
        return buffer.ToArray();
    }

    /// <summary>An empty Export*ServiceResponse: full success, nothing partially rejected.</summary>
    private static IResult Exported() => Results.Bytes([], "application/x-protobuf");
}
