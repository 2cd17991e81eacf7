using Npgsql;

namespace CaseTracker.Api.Tests.Nodes;

/// <summary>
/// What the nodes and the event store say in PostgreSQL, read beneath the API: Wolverine's node and agent
/// tables, its durable inbox, and the events themselves.
/// </summary>
public sealed class TheCluster(string connectionString)
{
    /// <summary>The nodes registered and not yet ejected, oldest first; none before the first node has made the table.</summary>
    public async Task<IReadOnlyList<Guid>> Nodes()
    {
        try
        {
            return await List("select id from casetracker.wolverine_nodes order by started", reader => reader.GetGuid(0));
        }
        catch (PostgresException e) when (e.SqlState is PostgresErrorCodes.UndefinedTable or PostgresErrorCodes.InvalidSchemaName)
        {
            return [];
        }
    }

    /// <summary>The node the leader gave the learning-report projection to, if any.</summary>
    public async Task<Guid?> LearningReportRunner()
    {
        var runners = await List(
            "select node_id from casetracker.wolverine_node_assignments where id like 'event-subscriptions://%/learningreport/all'",
            reader => reader.GetGuid(0));
        return runners.Count == 1 ? runners[0] : null;
    }

    /// <summary>Of these cases, those with a check of a duty due by <paramref name="dueBy"/> still waiting, scheduled, in the durable inbox.</summary>
    public Task<IReadOnlyList<Guid>> WaitingChecks(IReadOnlyCollection<Guid> cases, DateOnly dueBy) =>
        List("""
            select c.id from unnest(@cases) as c(id)
            where exists (
                select 1 from casetracker.wolverine_incoming_envelopes e
                where e.message_type like '%.CheckDuty' and e.status = 'Scheduled'
                  and position(convert_to('"caseId":"' || c.id::text || '"', 'UTF8') in e.body) > 0
                  and position(convert_to(@dueBy, 'UTF8') in e.body) > 0)
            """, reader => reader.GetGuid(0), ("cases", cases.ToArray()), ("dueBy", $"\"dueBy\":\"{dueBy:yyyy-MM-dd}\""));

    /// <summary>The scheduled duty checks as stored, to explain a failure.</summary>
    public async Task<string> ScheduledChecks() => string.Join('\n', await List(
        "select status || ' ' || execution_time || ' ' || left(encode(body, 'escape'), 600) from casetracker.wolverine_incoming_envelopes where message_type like '%.CheckDuty'",
        reader => reader.GetString(0)));

    /// <summary>How many events of a type (e.g. acknowledgement_overdue) each case of the tenant has; cases with none are left out.</summary>
    public async Task<IReadOnlyDictionary<Guid, int>> EventsPerCase(string tenant, string type) =>
        (await List(
            "select stream_id, count(*)::int from casetracker.mt_events where tenant_id = @tenant and type = @type group by stream_id",
            reader => (Case: reader.GetGuid(0), Count: reader.GetInt32(1)), ("tenant", tenant), ("type", type)))
        .ToDictionary(x => x.Case, x => x.Count);

    private async Task<IReadOnlyList<T>> List<T>(string sql, Func<NpgsqlDataReader, T> read, params (string Name, object Value)[] parameters)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        foreach (var (name, value) in parameters) command.Parameters.AddWithValue(name, value);
        await using var reader = await command.ExecuteReaderAsync();
        var rows = new List<T>();
        while (await reader.ReadAsync()) rows.Add(read(reader));
        return rows;
    }
}
