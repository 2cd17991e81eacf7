using System.Collections.Frozen;
using CaseTracker.Api.Cases.Clocks;
using CaseTracker.Api.Projections;
using CaseTracker.Api.Telemetry;
using CaseTracker.Domain.Cases;
using System.Text.Json.Serialization;
using JasperFx;
using Marten;

namespace CaseTracker.Api.Cases;

/// <summary>
/// The one path by which a command reaches a case: read the stream, ask the pure decider, append
/// what it decides with an optimistic version check, commit. A 2xx is only ever returned after
/// the commit. With If-Match the caller's version must still be current (else 412). Without it,
/// writers queue on a row lock of the stream and each is decided on the state left by the one
/// before, so nothing is lost; should a race still slip through, the command is decided again.
/// </summary>
public sealed class CaseCommandHandler(CaseSessions sessions, CaseDecisions decisions, DutyScheduler duties, CommandMetrics metrics)
{
    private const int Attempts = 5;

    /// <summary>Rules that judge what the request says rather than where the case stands: 422, not 409.</summary>
    private static readonly FrozenSet<string> UnprocessableRules = new[] { Rules.BelowCandourThreshold }.ToFrozenSet();

    /// <summary>The result of a command that changed (or deliberately did not change) a case.</summary>
    public sealed record Accepted(Guid CaseId, long Version, [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] Guid? Id = null);

    /// <summary>Validates the request, turns it into the domain command and handles that.</summary>
    public Task<IResult> Handle<TRequest>(HttpContext http, Guid caseId, TRequest request, Func<TRequest, CaseCommand> toCommand, Guid? createdId = null)
        where TRequest : notnull =>
        metrics.Measure(CommandMetrics.NameOf<TRequest>(), () =>
            RequestBody.Check(request) is { } invalid ? Task.FromResult(invalid) : HandleWithIfMatch(http, caseId, toCommand(request), createdId));

    public Task<IResult> Handle(HttpContext http, Guid caseId, CaseCommand command, Guid? createdId = null) =>
        metrics.Measure(command.GetType().Name, () => HandleWithIfMatch(http, caseId, command, createdId));

    private Task<IResult> HandleWithIfMatch(HttpContext http, Guid caseId, CaseCommand command, Guid? createdId) =>
        Preconditions.TryReadIfMatch(http.Request, out var expected)
            ? Handle(http, caseId, command, expected, createdId)
            : Task.FromResult(Problems.Validation("If-Match", "If-Match must be an ETag this API gave out, such as \"3\"."));

    /// <summary>
    /// As the API does, for a page's form: the version the form was drawn at comes in a hidden field
    /// rather than in If-Match, and is checked just the same (412 when the case moved on).
    /// </summary>
    public Task<IResult> HandleAt<TRequest>(HttpContext http, Guid caseId, long seenVersion, TRequest request, Func<TRequest, CaseCommand> toCommand, Guid? createdId = null)
        where TRequest : notnull =>
        metrics.Measure(CommandMetrics.NameOf<TRequest>(), () =>
            RequestBody.Check(request) is { } invalid ? Task.FromResult(invalid) : Handle(http, caseId, toCommand(request), seenVersion, createdId));

    private async Task<IResult> Handle(HttpContext http, Guid caseId, CaseCommand command, long? expected, Guid? createdId)
    {
        // Marten refuses the empty id outright; to a caller it is simply a case that does not exist.
        if (caseId == Guid.Empty) return Problems.NotFound();

        var actor = Actor.From(http.User);
        var ct = http.RequestAborted;
        for (var attempt = 1; ; attempt++)
        {
            await using var write = sessions.ForWriting(actor, http);
            var session = write.Session;
            var stream = expected is null
                ? await session.Events.FetchForExclusiveWriting<CaseState>(caseId, ct)
                : await session.Events.FetchForWriting<CaseState>(caseId, ct);
            if (stream.Aggregate is null) return Problems.NotFound();
            if (expected is { } version && version != stream.StartingVersion)
                return Problems.Stale(version, stream.StartingVersion ?? 0);

            var decision = CaseDecider.Decide(command, stream.Aggregate, decisions.For(actor.Name));
            if (decision.Violation is { } violation)
                return Problems.RuleBroken(violation, UnprocessableRules.Contains(violation.Rule) ? StatusCodes.Status422UnprocessableEntity : StatusCodes.Status409Conflict);

            stream.AppendMany(decision.Events);
            await duties.ScheduleChecks(write, caseId, stream.Aggregate, decision.Events);
            try
            {
                await session.SaveChangesAsync(ct);
            }
            catch (ConcurrencyException) when (expected is null && attempt < Attempts)
            {
                await Task.Delay(Random.Shared.Next(5, 20 * attempt), ct);
                continue;
            }
            catch (ConcurrencyException) when (expected is null)
            {
                http.Response.Headers.RetryAfter = "1";
                return Problems.Status(StatusCodes.Status503ServiceUnavailable, "/problems/busy", "The case is busy",
                    "Too many changes to this case at once; nothing was recorded. Try again in a moment.");
            }
            catch (ConcurrencyException) when (expected is not null)
            {
                return Problems.Stale(expected.Value, await CurrentVersion(actor, caseId, ct));
            }

            var newVersion = stream.CurrentVersion ?? decision.Events.Count;
            http.Response.Headers.ETag = Preconditions.ETagFor(newVersion);
            var body = new Accepted(caseId, newVersion, createdId);
            return createdId is null ? Results.Ok(body) : Results.Created($"/api/cases/{caseId}", body);
        }
    }

    private async Task<long> CurrentVersion(Actor actor, Guid caseId, CancellationToken ct)
    {
        await using var query = sessions.ForReading(actor);
        var state = await query.Events.FetchStreamStateAsync(caseId, ct);
        return state?.Version ?? 0;
    }
}
