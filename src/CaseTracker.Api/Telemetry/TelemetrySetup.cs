using System.Reflection;
using Marten;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Npgsql;
using OpenTelemetry;
using OpenTelemetry.Logs;
using OpenTelemetry.Metrics;
using OpenTelemetry.Resources;
using OpenTelemetry.Trace;

namespace CaseTracker.Api.Telemetry;

/// <summary>
/// OpenTelemetry for the tracker: traces across ASP.NET Core, Wolverine, Marten and Npgsql; metrics of
/// HTTP, the runtime, Wolverine, Marten and the tracker's own; logs carrying the trace id. Everything
/// is collected in process, and exported over OTLP only when OTEL_EXPORTER_OTLP_ENDPOINT is set.
/// </summary>
public static class TelemetrySetup
{
    public const string DefaultServiceName = "casetracker";

    /// <summary>Wolverine names its meter "Wolverine:" + the service name; its spans come from the source "Wolverine".</summary>
    private const string WolverineSource = "Wolverine";

    /// <summary>Marten's spans (sessions' connections, the projection daemon) and meter (events appended, daemon progress).</summary>
    private const string MartenSource = "Marten";

    public static WebApplicationBuilder AddCaseTrackerTelemetry(this WebApplicationBuilder builder)
    {
        var services = builder.Services;
        var configuration = builder.Configuration;
        services.AddSingleton<TrackerMetrics>();
        services.AddSingleton<CommandMetrics>();
        services.TryAddSingleton<ProjectionLag>();
        services.AddSingleton<StoreSample>();
        services.AddHostedService<StoreSampler>();

        services.ConfigureMarten(options =>
        {
            // A span per connection a session uses, with each write operation and the events appended on it.
            options.OpenTelemetry.TrackConnections = JasperFx.OpenTelemetry.TrackLevel.Normal;
            options.OpenTelemetry.TrackEventCounters();
        });

        // Log scopes carry the trace and span ids, for any provider that writes scopes.
        builder.Logging.Configure(logging => logging.ActivityTrackingOptions =
            ActivityTrackingOptions.TraceId | ActivityTrackingOptions.SpanId | ActivityTrackingOptions.ParentId);

        var otel = services.AddOpenTelemetry()
            .ConfigureResource(resource => resource.AddService(
                configuration["OTEL_SERVICE_NAME"] ?? DefaultServiceName,
                serviceVersion: typeof(TelemetrySetup).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion,
                serviceInstanceId: Environment.MachineName + ":" + Environment.ProcessId))
            .WithTracing(tracing =>
            {
                // Probes arrive every few seconds from every load balancer: traces of them would drown the rest.
                tracing.AddAspNetCoreInstrumentation(http => http.Filter = context => !context.Request.Path.StartsWithSegments("/health"))
                    .AddSource(WolverineSource)
                    .AddSource(MartenSource)
                    .AddNpgsql();
                // An operator's OTEL_TRACES_SAMPLER (e.g. a ratio under heavy load) takes the place of this one.
                if (string.IsNullOrWhiteSpace(configuration["OTEL_TRACES_SAMPLER"]))
                    tracing.SetSampler(new ParentBasedSampler(new WorkNotPollingSampler()));
            })
            .WithMetrics(metrics => metrics
                .AddAspNetCoreInstrumentation()
                .AddRuntimeInstrumentation()
                .AddNpgsqlInstrumentation()
                .AddMeter(WolverineSource + ":*")
                .AddMeter(MartenSource)
                .AddMeter(TrackerMetrics.MeterName))
            // Exported log records carry the trace and span ids of the request or message they were written in.
            .WithLogging(logging => { }, options =>
            {
                options.IncludeFormattedMessage = true;
                options.IncludeScopes = true;
            });

        // Nothing leaves the process unless an operator points it somewhere. The exporter reads the standard
        // OTEL_EXPORTER_OTLP_* variables (endpoint, protocol, headers) for all three signals.
        if (!string.IsNullOrWhiteSpace(configuration["OTEL_EXPORTER_OTLP_ENDPOINT"])) otel.UseOtlpExporter();
        return builder;
    }
}
