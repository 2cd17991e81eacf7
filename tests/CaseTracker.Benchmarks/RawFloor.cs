using System.Text.Json;
using CaseTracker.Api.Hosting;
using CaseTracker.LoadGenerator;
using Npgsql;
using NpgsqlTypes;

namespace CaseTracker.Benchmarks;

/// <summary>
/// The floor: what the same requests cost PostgreSQL and Npgsql alone. A command is one transaction that
/// bumps the stream's version (taking its row lock, as the service's exclusive fetch does), inserts the
/// event row and rewrites the case's summary document — no reading of the stream, no decision, no
/// integrity seal, no second read model, no reference counter, idempotency record or scheduled duty check.
/// A read selects the stored JSON of the summary or timeline the service itself projected.
/// Commands write to tables of their own (schema floor), shaped like Marten's, so the service's data is untouched.
/// </summary>
public sealed class RawFloor(NpgsqlDataSource db, string tenant, string user) : ICaseTarget
{
    private const string Schema = """
        create schema if not exists floor;
        create table if not exists floor.streams (
            tenant_id varchar not null, id uuid not null, type varchar, version bigint not null,
            timestamp timestamptz not null default now(), created timestamptz not null default now(),
            primary key (tenant_id, id));
        create table if not exists floor.events (
            seq_id bigserial primary key, id uuid not null, stream_id uuid not null, version bigint not null,
            data jsonb not null, type varchar(500) not null, timestamp timestamptz not null default now(),
            tenant_id varchar not null, correlation_id varchar, user_name varchar,
            unique (tenant_id, stream_id, version));
        create table if not exists floor.summaries (
            tenant_id varchar not null, id uuid not null, data jsonb not null, version bigint not null,
            last_modified timestamptz not null default now(), primary key (tenant_id, id));
        """;

    public static async Task CreateTablesAsync(NpgsqlDataSource db)
    {
        await using var command = db.CreateCommand(Schema);
        await command.ExecuteNonQueryAsync();
    }

    public async Task<Outcome> RunAsync(CaseRequest request, CancellationToken ct) => request.Operation switch
    {
        Operation.RaiseComplaint => await Raise(request, ct),
        Operation.Acknowledge or Operation.AddNote or Operation.Apologise => await Append(request, ct),
        Operation.ReadCase => await Read("mt_doc_casesummary", request.CaseId, ct),
        Operation.ReadTimeline => await Read("mt_doc_accountabilitytimeline", request.CaseId, ct),
        _ => throw new NotSupportedException($"The floor has no equivalent of {request.Operation}."),
    };

    private async Task<Outcome> Raise(CaseRequest request, CancellationToken ct)
    {
        var id = Guid.CreateVersion7();
        await using var connection = await db.OpenConnectionAsync(ct);
        await using var transaction = await connection.BeginTransactionAsync(ct);
        await using var batch = new NpgsqlBatch(connection, transaction)
        {
            BatchCommands =
            {
                Command("insert into floor.streams (tenant_id, id, type, version) values ($1, $2, 'case_state', 1)", tenant, id),
                Command("insert into floor.events (id, stream_id, version, data, type, tenant_id, user_name) values ($1, $2, 1, $3, 'complaint_raised', $4, $5)",
                    Guid.CreateVersion7(), id, Json(EventFor(request)), tenant, user),
                Command("insert into floor.summaries (tenant_id, id, data, version) values ($1, $2, $3, 1)", tenant, id, Json(SummaryFor(request, id, 1))),
            },
        };
        await batch.ExecuteNonQueryAsync(ct);
        await transaction.CommitAsync(ct);
        return new Outcome(201, id);
    }

    private async Task<Outcome> Append(CaseRequest request, CancellationToken ct)
    {
        await using var connection = await db.OpenConnectionAsync(ct);
        await using var transaction = await connection.BeginTransactionAsync(ct);
        await using var batch = new NpgsqlBatch(connection, transaction)
        {
            BatchCommands =
            {
                Command("""
                    with stream as (update floor.streams set version = version + 1, timestamp = now() where tenant_id = $1 and id = $2 returning version)
                    insert into floor.events (id, stream_id, version, data, type, tenant_id, user_name)
                    select $3, $2, stream.version, $4, $5, $1, $6 from stream
                    """, tenant, request.CaseId, Guid.CreateVersion7(), Json(EventFor(request)), request.Operation.ToString(), user),
                Command("update floor.summaries set data = $3, version = version + 1, last_modified = now() where tenant_id = $1 and id = $2",
                    tenant, request.CaseId, Json(SummaryFor(request, request.CaseId, 2))),
            },
        };
        var rows = await batch.ExecuteNonQueryAsync(ct);
        await transaction.CommitAsync(ct);
        return new Outcome(rows == 2 ? 200 : 404);
    }

    private async Task<Outcome> Read(string table, Guid id, CancellationToken ct)
    {
        await using var command = db.CreateCommand($"select data from {EventStoreSetup.Schema}.{table} where id = $1 and tenant_id = $2");
        command.Parameters.Add(new NpgsqlParameter { Value = id });
        command.Parameters.Add(new NpgsqlParameter { Value = tenant });
        await using var reader = await command.ExecuteReaderAsync(ct);
        if (!await reader.ReadAsync(ct)) return new Outcome(404);
        _ = reader.GetString(0);
        return new Outcome(200);
    }

    private static NpgsqlBatchCommand Command(string sql, params object[] values)
    {
        var command = new NpgsqlBatchCommand(sql);
        foreach (var value in values)
            command.Parameters.Add(value is JsonText json ? new NpgsqlParameter { Value = json.Text, NpgsqlDbType = NpgsqlDbType.Jsonb } : new NpgsqlParameter { Value = value });
        return command;
    }

    private sealed record JsonText(string Text);

    private static JsonText Json(object value) => new(JsonSerializer.Serialize(value, JsonSerializerOptions.Web));

    /// <summary>An event of the size and shape the service stores for the request.</summary>
    private object EventFor(CaseRequest request)
    {
        var v = request.Variant;
        var now = DateTimeOffset.UtcNow;
        return request.Operation switch
        {
            Operation.RaiseComplaint => new
            {
                caseId = request.CaseId, receivedAt = now.AddHours(-2), channel = "Email",
                complainant = new { name = SampleWording.Name(v), role = "ServiceUser", contact = new { email = SampleWording.Email(v), phone = "01632 960000" } },
                service = SampleWording.Service(v), summary = SampleWording.Summary(v), categories = SampleWording.Categories,
                desiredOutcome = SampleWording.DesiredOutcome, accessNeeds = SampleWording.AccessNeeds, by = user, at = now,
            },
            Operation.Acknowledge => new { acknowledgedAt = now, howHandlingWasDiscussed = SampleWording.HowHandlingWasDiscussed, by = user, at = now },
            Operation.AddNote => new { noteId = Guid.CreateVersion7(), text = SampleWording.Note(v), by = user, at = now },
            _ => (object)new { givenAt = now, method = "InPerson", to = SampleWording.Name(v), words = SampleWording.ApologyWords(v), by = user, at = now },
        };
    }

    /// <summary>A summary document of the size the service keeps for a young case.</summary>
    private object SummaryFor(CaseRequest request, Guid id, long version)
    {
        var v = request.Variant;
        return new
        {
            id, version, reference = "CT-2026-000001", kind = "Complaint", status = "Open", receivedAt = DateTimeOffset.UtcNow.AddHours(-2),
            complainant = new { name = SampleWording.Name(v), role = "ServiceUser", contact = new { email = SampleWording.Email(v), phone = "01632 960000" } },
            service = SampleWording.Service(v), summary = SampleWording.Summary(v), categories = SampleWording.Categories,
            desiredOutcome = SampleWording.DesiredOutcome, accessNeeds = SampleWording.AccessNeeds,
            acknowledgementDueBy = "2026-12-01", lastNote = SampleWording.Note(v), lastChangedBy = user, lastChangedAt = DateTimeOffset.UtcNow,
        };
    }
}
