using Npgsql;

namespace CaseTracker.Api.Tests.Faults;

/// <summary>Reads the event store directly, beneath the API, to check what a load left behind.</summary>
public sealed class WhatTheStoreHolds
{
    private WhatTheStoreHolds(
        IReadOnlyDictionary<string, int> markers, IReadOnlyList<string> streamsOutOfOrder, IReadOnlyList<string> referenceYearsWithGaps, int complaintsRaised,
        IReadOnlyList<string> casesWithoutDutyCheck)
    {
        CasesWithoutDutyCheck = casesWithoutDutyCheck;
        Markers = markers;
        StreamsOutOfOrder = streamsOutOfOrder;
        ReferenceYearsWithGaps = referenceYearsWithGaps;
        ComplaintsRaised = complaintsRaised;
    }

    /// <summary>How many events carry each load marker.</summary>
    public IReadOnlyDictionary<string, int> Markers { get; }

    /// <summary>Streams whose versions are not exactly 1, 2, 3… with no gap and no repeat.</summary>
    public IReadOnlyList<string> StreamsOutOfOrder { get; }

    /// <summary>Years whose case references (CT-YYYY-NNNNNN) are not exactly 1…n: a number skipped or given twice.</summary>
    public IReadOnlyList<string> ReferenceYearsWithGaps { get; }

    public int ComplaintsRaised { get; }

    /// <summary>Cases with no scheduled duty check waiting in Wolverine's durable inbox, though raising one schedules its acknowledgement check.</summary>
    public IReadOnlyList<string> CasesWithoutDutyCheck { get; }

    public int TimesRecorded(string marker) => Markers.GetValueOrDefault(marker);

    public static async Task<WhatTheStoreHolds> Read(string connectionString, string tenant)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync();

        var markers = new Dictionary<string, int>();
        await using (var reader = await Query(connection, tenant, """
            select substring(coalesce(data->>'text', data->>'summary') from '\[load:[0-9a-f]{32}\]') as marker, count(*)
            from casetracker.mt_events
            where tenant_id = @tenant and type in ('note_added', 'complaint_raised')
            group by 1 having substring(coalesce(data->>'text', data->>'summary') from '\[load:[0-9a-f]{32}\]') is not null
            """))
        {
            while (await reader.ReadAsync()) markers[reader.GetString(0)] = (int)reader.GetInt64(1);
        }

        var outOfOrder = new List<string>();
        await using (var reader = await Query(connection, tenant, """
            select stream_id::text from casetracker.mt_events
            -- Marten fills the sequence numbers a failed commit drew with tombstones, in a stream of their own.
            where tenant_id = @tenant and type <> 'tombstone'
            group by stream_id having count(*) <> max(version) or min(version) <> 1 or count(distinct version) <> count(*)
            """))
        {
            while (await reader.ReadAsync()) outOfOrder.Add(reader.GetString(0));
        }

        var gaps = new List<string>();
        var raised = 0;
        await using (var reader = await Query(connection, tenant, """
            select split_part(data->>'reference', '-', 2) as year, count(*), count(distinct split_part(data->>'reference', '-', 3)::int),
                   min(split_part(data->>'reference', '-', 3)::int), max(split_part(data->>'reference', '-', 3)::int)
            from casetracker.mt_events where tenant_id = @tenant and type = 'complaint_raised' group by 1
            """))
        {
            while (await reader.ReadAsync())
            {
                var count = reader.GetInt64(1);
                raised += (int)count;
                if (reader.GetInt64(2) != count || reader.GetInt32(3) != 1 || reader.GetInt32(4) != count) gaps.Add(reader.GetString(0));
            }
        }

        var withoutCheck = new List<string>();
        await using (var reader = await Query(connection, tenant, """
            select stream_id::text from casetracker.mt_events raised
            where tenant_id = @tenant and type = 'complaint_raised' and not exists (
                select 1 from casetracker.wolverine_incoming_envelopes check_
                where check_.message_type like '%.CheckDuty' and check_.status = 'Scheduled'
                  and position(convert_to('"caseId":"' || raised.stream_id::text || '"', 'UTF8') in check_.body) > 0)
            """))
        {
            while (await reader.ReadAsync()) withoutCheck.Add(reader.GetString(0));
        }

        return new WhatTheStoreHolds(markers, outOfOrder, gaps, raised, withoutCheck);
    }

    private static async Task<NpgsqlDataReader> Query(NpgsqlConnection connection, string tenant, string sql)
    {
        var command = new NpgsqlCommand(sql, connection);
        command.Parameters.AddWithValue("tenant", tenant);
        return await command.ExecuteReaderAsync();
    }
}
