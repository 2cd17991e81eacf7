using System.Security.Claims;
using CaseTracker.Api.Cases;
using CaseTracker.Api.Cases.Acknowledging;
using CaseTracker.Api.Cases.Apologising;
using CaseTracker.Api.Cases.Notes;
using CaseTracker.Api.Cases.Raising;
using CaseTracker.Api.Cases.Reading;
using CaseTracker.Domain.Calendar;
using CaseTracker.Domain.Cases;
using CaseTracker.LoadGenerator;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Metadata;
using Microsoft.Extensions.DependencyInjection;

namespace CaseTracker.Benchmarks;

/// <summary>
/// The same requests without HTTP: each calls the endpoint's own method (validation, the write path with
/// its decider, Marten session, integrity chain, inline projections and outbox, or the read) with an
/// already-authenticated user, and writes the result as the response would, to nowhere.
/// What it leaves out is exactly Kestrel, routing, authentication, the middleware and JSON request bodies.
/// </summary>
public sealed class InProcessCaseTarget(IServiceProvider services, ClaimsPrincipal user) : ICaseTarget
{
    private readonly CaseCreation _creation = services.GetRequiredService<CaseCreation>();
    private readonly CaseCommandHandler _cases = services.GetRequiredService<CaseCommandHandler>();
    private readonly CaseSessions _sessions = services.GetRequiredService<CaseSessions>();
    private readonly TimeProvider _clock = services.GetRequiredService<TimeProvider>();
    private readonly WorkingDayCalendar _calendar = services.GetRequiredService<WorkingDayCalendar>();

    public async Task<Outcome> RunAsync(CaseRequest request, CancellationToken ct)
    {
        await using var scope = services.CreateAsyncScope();
        var http = new DefaultHttpContext { User = user, RequestServices = scope.ServiceProvider, RequestAborted = ct };
        http.Response.Body = Stream.Null;
        var result = await Run(request, http);
        await result.ExecuteAsync(http);
        return new Outcome(http.Response.StatusCode, (result as IValueHttpResult)?.Value is CaseCreated created ? created.Id : null);
    }

    private Task<IResult> Run(CaseRequest request, HttpContext http)
    {
        var v = request.Variant;
        var id = request.CaseId;
        switch (request.Operation)
        {
            case Operation.RaiseComplaint:
                http.Request.Headers["Idempotency-Key"] = Guid.NewGuid().ToString();
                return RaiseComplaintEndpoint.Post(new RaiseComplaintRequest(
                    DateTimeOffset.UtcNow.AddHours(-2), Channel.Email,
                    new ComplainantInput(SampleWording.Name(v), ComplainantRole.ServiceUser, new ContactInput(SampleWording.Email(v), "01632 960000", null)),
                    null, SampleWording.Service(v), SampleWording.Summary(v), SampleWording.Categories, SampleWording.DesiredOutcome,
                    SampleWording.AccessNeeds, null), http, _creation);
            case Operation.Acknowledge:
                return AcknowledgeComplaintEndpoint.Post(id, new AcknowledgeComplaintRequest(null, null, SampleWording.HowHandlingWasDiscussed), http, _cases);
            case Operation.AddNote:
                return AddNoteEndpoint.Post(id, new AddNoteRequest(SampleWording.Note(v)), http, _cases);
            case Operation.Apologise:
                return GiveApologyEndpoint.Post(id, new GiveApologyRequest(null, ApologyMethod.InPerson, SampleWording.Name(v), SampleWording.ApologyWords(v)), http, _cases);
            case Operation.ReadCase:
                return GetCaseEndpoint.Get(id, http, _sessions);
            case Operation.ReadTimeline:
                return GetTimelineEndpoint.Get(id, http, _sessions);
            case Operation.ListCases:
                return ListCasesEndpoint.Get(http, _sessions, _clock, _calendar, pageSize: 20);
            default:
                throw new ArgumentOutOfRangeException(nameof(request));
        }
    }
}
