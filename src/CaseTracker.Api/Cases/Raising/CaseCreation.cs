using System.Security.Cryptography;
using System.Text.Json;
using CaseTracker.Api.Cases.Clocks;
using CaseTracker.Api.Telemetry;
using CaseTracker.Domain.Calendar;
using CaseTracker.Domain.Cases;
using JasperFx;
using Marten;
using Marten.Exceptions;
using Microsoft.AspNetCore.Http.Json;
using Microsoft.Extensions.Options;

namespace CaseTracker.Api.Cases.Raising;

/// <summary>
/// Starts a case stream: gives it the next reference of the year, records the first event, and
/// honours Idempotency-Key — all in one transaction, retried when a concurrent raise took the same
/// reference number or key first.
/// </summary>
public sealed class CaseCreation(CaseSessions sessions, CaseDecisions decisions, DutyScheduler duties, WorkingDayCalendar calendar, IOptions<Microsoft.AspNetCore.Http.Json.JsonOptions> json, CommandMetrics metrics, TrackerMetrics tracker)
{
    // Each round of a burst of concurrent raises has one winner, so the last of N needs N attempts.
    private const int Attempts = 25;
    public const int MaxKeyLength = 200;

    public Task<IResult> Create<TRequest>(HttpContext http, TRequest request, Func<TRequest, Guid, string, CaseCommand> toCommand)
        where TRequest : notnull =>
        Create(http, request, http.Request.Headers["Idempotency-Key"].ToString(), toCommand);

    /// <summary>With the idempotency key given directly: a page's form carries one, so a double submit raises one case.</summary>
    public Task<IResult> Create<TRequest>(HttpContext http, TRequest request, string key, Func<TRequest, Guid, string, CaseCommand> toCommand)
        where TRequest : notnull =>
        metrics.Measure(CommandMetrics.NameOf<TRequest>(), () => CreateOnce(http, request, key, toCommand));

    private async Task<IResult> CreateOnce<TRequest>(HttpContext http, TRequest request, string key, Func<TRequest, Guid, string, CaseCommand> toCommand)
        where TRequest : notnull
    {
        if (RequestBody.Check(request) is { } invalid) return invalid;
        if (key.Length > MaxKeyLength)
            return Problems.Validation("Idempotency-Key", $"At most {MaxKeyLength} characters.");
        // The key is stored as text, and PostgreSQL refuses a NUL there: the commit would fail as a 500.
        if (key.Any(char.IsControl))
            return Problems.Validation("Idempotency-Key", "Printable characters only, with no control characters.");

        var actor = Actor.From(http.User);
        var requestHash = Hash(request);
        var ct = http.RequestAborted;
        for (var attempt = 1; ; attempt++)
        {
            await using var write = sessions.ForWriting(actor, http);
            var session = write.Session;
            var recordId = key.Length > 0 ? IdempotencyRecord.IdFor(actor.UserId, key) : null;
            if (recordId is not null && await session.LoadAsync<IdempotencyRecord>(recordId, ct) is { } earlier)
            {
                return earlier.RequestHash == requestHash
                    ? Created(new CaseCreated(earlier.CaseId, earlier.Reference))
                    : Problems.Status(StatusCodes.Status422UnprocessableEntity, "/problems/idempotency-key-reused",
                        "This Idempotency-Key was used for a different request",
                        "Use a new key for a new request; a key may only be retried with the same body.");
            }

            var context = decisions.For(actor.Name);
            var now = context.Now;
            var year = calendar.DayOf(now).Year;
            var counter = await session.LoadAsync<CaseReferenceCounter>(CaseReferenceCounter.IdFor(year), ct);
            var number = (counter?.Last ?? 0) + 1;
            var reference = CaseReferenceCounter.Format(year, number);
            var caseId = Guid.CreateVersion7(now);

            var decision = CaseDecider.Decide(toCommand(request, caseId, reference), null, context);
            if (decision.Violation is { } violation)
                return Problems.Status(StatusCodes.Status422UnprocessableEntity, Problems.RuleTypePrefix + violation.Rule,
                    "The case cannot be raised like this", violation.Detail);

            session.Events.StartStream<CaseState>(caseId, decision.Events);
            await duties.ScheduleChecks(write, caseId, null, decision.Events);
            if (counter is null) session.Insert(new CaseReferenceCounter { Id = CaseReferenceCounter.IdFor(year), Last = number });
            else
            {
                counter.Last = number;
                session.Update(counter);
            }

            if (recordId is not null) session.Insert(new IdempotencyRecord(recordId, requestHash, caseId, reference, now));

            try
            {
                await session.SaveChangesAsync(ct);
            }
            catch (Exception e) when (attempt < Attempts && IsLostRace(e))
            {
                // Spread the retries out so a burst of raises does not keep colliding in step.
                await Task.Delay(Random.Shared.Next(2, 10 * attempt), ct);
                continue;
            }
            catch (Exception e) when (IsLostRace(e))
            {
                http.Response.Headers.RetryAfter = "1";
                return Problems.Status(StatusCodes.Status503ServiceUnavailable, "/problems/busy", "Too many cases are being raised at once",
                    "Nothing was recorded. Try again in a moment; with the same Idempotency-Key a retry is always safe.");
            }

            tracker.CaseRaised(decision.Events[0]);
            return Created(new CaseCreated(caseId, reference));
        }
    }

    private static IResult Created(CaseCreated created) => Results.Created($"/api/cases/{created.Id}", created);

    /// <summary>Another raise committed the same reference number or idempotency key first; trying again is safe.</summary>
    private static bool IsLostRace(Exception exception)
    {
        for (var e = exception; e is not null; e = e.InnerException)
        {
            if (e is ConcurrencyException or DocumentAlreadyExistsException) return true;
            // A unique key taken by a concurrent transaction, however Marten chose to wrap it.
            if (e is Npgsql.PostgresException { SqlState: "23505" }) return true;
        }

        return false;
    }

    private string Hash<TRequest>(TRequest request) =>
        Convert.ToHexString(SHA256.HashData(JsonSerializer.SerializeToUtf8Bytes(request, json.Value.SerializerOptions)));
}
