using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using CaseTracker.Api.Tests.Infrastructure;
using Npgsql;

namespace CaseTracker.Api.Tests.Observability;

/// <summary>
/// /health/ready tells a load balancer whether a node can do useful work: the database answers and the
/// background projections keep up with the events. Here the learning projection is held back (its progress
/// row locked, as a stuck transaction would) while complaints keep arriving: the node says why it is not
/// ready, stays live, and is ready again once the projection has caught up.
/// </summary>
public sealed class Telling_a_load_balancer_when_a_node_is_ready
{
    private const string LearningShard = "LearningReport:All";

    [Fact]
    public async Task a_node_is_not_ready_while_its_projections_lag_beyond_the_setting_and_ready_again_once_they_catch_up()
    {
        await using var database = await TestDatabase.CreateAsync();
        var key = ApiProcess.NewSigningKey();
        await using var api = await ApiProcess.StartAsync(database.ConnectionString, key, settings: new Dictionary<string, string>
        {
            ["CaseTracker__Health__MaxProjectionLagEvents"] = "2",
        });
        using var probe = new HttpClient { BaseAddress = api.Address };
        using var handler = new HttpClient { BaseAddress = api.Address };
        handler.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", DevTokens.Issue(key, "pat.handler", "handler", "ready-test"));

        await Raise(handler, 1);
        await Eventually.Until(() => ProjectedThrough(database), through => through > 0, "the learning projection to apply the first complaint");
        var (status, body) = await Ready(probe);
        Assert.True(status == HttpStatusCode.OK, body);
        Assert.Equal("Healthy", body);

        await using (await HoldBackTheLearningProjection(database))
        {
            await Raise(handler, 3);

            (status, body) = await Ready(probe);
            Assert.Equal(HttpStatusCode.ServiceUnavailable, status);
            Assert.Equal("Unhealthy\nprojections: projection LearningReport:All is 3 events behind the event store (at most 2 allowed)", body);
            Assert.Equal(HttpStatusCode.OK, (await probe.GetAsync("/health/live")).StatusCode);
        }

        (status, body) = await Eventually.Until(() => Ready(probe), answer => answer.Status == HttpStatusCode.OK, "the node to be ready again");
        Assert.Equal("Healthy", body);
    }

    private static async Task Raise(HttpClient handler, int complaints)
    {
        for (var i = 0; i < complaints; i++)
        {
            var raised = await handler.PostAsJsonAsync("/api/complaints", Bodies.Complaint(DateTimeOffset.UtcNow.AddHours(-1)));
            Assert.Equal(HttpStatusCode.Created, raised.StatusCode);
        }
    }

    private static async Task<(HttpStatusCode Status, string Body)> Ready(HttpClient probe)
    {
        var answer = await probe.GetAsync("/health/ready");
        return (answer.StatusCode, await answer.Content.ReadAsStringAsync());
    }

    private static async Task<long> ProjectedThrough(TestDatabase database)
    {
        await using var connection = new NpgsqlConnection(database.ConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand("select coalesce(max(last_seq_id), 0) from casetracker.mt_event_progression where name = @shard", connection);
        command.Parameters.AddWithValue("shard", LearningShard);
        return (long)(await command.ExecuteScalarAsync())!;
    }

    /// <summary>
    /// Locks the projection's progress row in an open transaction: the daemon's next batch waits on it, so the
    /// projection applies nothing more until the transaction ends, while the health check still reads the row.
    /// </summary>
    private static async Task<HeldBack> HoldBackTheLearningProjection(TestDatabase database)
    {
        var connection = new NpgsqlConnection(database.ConnectionString);
        await connection.OpenAsync();
        var transaction = await connection.BeginTransactionAsync();
        await using var command = new NpgsqlCommand("select last_seq_id from casetracker.mt_event_progression where name = @shard for update", connection, transaction);
        command.Parameters.AddWithValue("shard", LearningShard);
        Assert.NotNull(await command.ExecuteScalarAsync());
        return new HeldBack(connection, transaction);
    }

    /// <summary>Ending it rolls the locking transaction back and lets the projection go on.</summary>
    private sealed class HeldBack(NpgsqlConnection connection, NpgsqlTransaction transaction) : IAsyncDisposable
    {
        public async ValueTask DisposeAsync()
        {
            await transaction.RollbackAsync();
            await transaction.DisposeAsync();
            await connection.DisposeAsync();
        }
    }
}
