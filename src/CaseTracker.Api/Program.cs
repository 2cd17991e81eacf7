using CaseTracker.Api.Audit;
using CaseTracker.Api.Cases;
using CaseTracker.Api.Cases.Raising;
using CaseTracker.Api.Health;
using CaseTracker.Api.Hosting;
using CaseTracker.Api.Pages;
using CaseTracker.Api.Privacy;
using CaseTracker.Api.Reports;
using CaseTracker.Api.Samples;
using CaseTracker.Api.Telemetry;
using CaseTracker.Domain.Calendar;
using JasperFx;
using Scalar.AspNetCore;
using Wolverine;

var builder = WebApplication.CreateBuilder(args);

builder.WebHost.ConfigureKestrel(kestrel => kestrel.Limits.MaxRequestBodySize = RequestGuards.MaxBodyBytes);
builder.Services.ConfigureHttpJsonOptions(json => JsonSetup.Configure(json.SerializerOptions));
builder.Services.AddProblemDetails(problems => problems.CustomizeProblemDetails = ProblemShaping.Customize);
builder.Services.AddExceptionHandler<BadRequestHandler>();
builder.Services.AddExceptionHandler<DatabaseOutageHandler>();

builder.Services.AddSingleton(TimeProvider.System);
builder.Services.AddSingleton(CalendarSetup.Load(builder.Configuration));
builder.Services.AddSingleton<CaseSessions>();
builder.Services.AddCaseClocks(builder.Configuration);
builder.Services.AddSingleton<CaseCommandHandler>();
builder.Services.AddSingleton<CaseCreation>();
builder.Services.AddSingleton<CaseErasure>();
builder.Services.AddSingleton<ReportReader>();

builder.AddCaseTrackerTelemetry();
builder.Services.AddTokenAuthentication(builder.Configuration);
builder.Services.AddCaseTrackerEventStore(builder.Configuration);
builder.Services.AddAuditTrail();
builder.Services.AddSampleData(builder.Configuration);
builder.Host.UseWolverine(wolverine => wolverine.ConfigureCaseTracker(builder.Configuration));
builder.Services.AddWolverineHttp();
builder.Services.AddOpenApi(ApiDescription.Configure);
builder.Services.AddCaseTrackerHealth();
builder.Services.AddCaseTrackerPages(builder.Configuration);

var app = builder.Build();

app.UseMiddleware<SecurityHeaders>();
app.UseExceptionHandler();
// Files live outside /api: API calls, the busiest path, skip looking for one on disk.
app.UseWhen(context => !context.Request.Path.StartsWithSegments("/api"), files => files.UseStaticFiles());
// Pages explain an error in a page of their own; the API answers problem+json.
app.UseWhen(PagesSetup.IsPage, pages => pages.UseStatusCodePagesWithReExecute("/status/{0}"));
app.UseWhen(http => !PagesSetup.IsPage(http), api => api.UseStatusCodePages());
// Routing after the status pages, so that a re-executed request (/status/403) finds its page.
app.UseRouting();
app.UseAuthentication();
app.UseAuthorization();
// After authorisation, so that an anonymous caller learns nothing but "401".
app.UseMiddleware<RequestGuards>();
app.UseMiddleware<WriteRateLimits>();

app.MapOpenApi();
app.MapScalarApiReference("/docs", scalar => scalar.WithTitle("CaseTracker API"));
app.MapCaseTrackerHealth();
app.MapCaseTrackerPages();
app.MapWolverineEndpoints(http =>
{
    // A query value that does not parse (overdue=maybe) is a 400, not silently ignored.
    http.RejectUnparseableQueryValues = true;
    http.ConfigureEndpoints(EndpointPermissions.Apply);
});

return await app.RunJasperFxCommands(args);

/// <summary>The host's entry point, visible to the integration tests.</summary>
public partial class Program;
