using System.Collections.Concurrent;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.Json.Nodes;
using CaseTracker.Api.Tests.Infrastructure;

namespace CaseTracker.Api.Tests.Faults;

/// <summary>One command the load sent, and what came back (status 0: no answer at all).</summary>
public sealed record SentCommand(string Marker, bool RaisesCase, string Path, JsonObject Body, int Status, string? Problem = null, string? RaisedCase = null)
{
    public bool Acknowledged => Status is >= 200 and < 300;
}

/// <summary>
/// A steady write load over real HTTP: each client raises complaints and adds notes to the cases
/// it raised, without pause. Every command carries a marker of its own ("[load:…]") so the store
/// can be searched for it afterwards, whatever the client was or was not told.
/// </summary>
public sealed class WriteLoad
{
    private readonly ConcurrentQueue<SentCommand> _sent = new();
    private volatile bool _stopping;
    private readonly List<Task> _clients = [];

    private WriteLoad()
    {
    }

    public int Acknowledged => _sent.Count(c => c.Acknowledged);

    public static WriteLoad Start(Uri address, string token, int clients, int seed)
    {
        var load = new WriteLoad();
        for (var i = 0; i < clients; i++)
        {
            var random = new Random(seed + i);
            load._clients.Add(Task.Run(() => load.RunClient(address, token, random)));
        }

        return load;
    }

    /// <summary>Waits until <paramref name="more"/> further commands have been acknowledged.</summary>
    public Task UntilAcknowledged(int more, string when) =>
        UntilAcknowledgedTotal(Acknowledged + more, when);

    public async Task<IReadOnlyList<SentCommand>> StopAsync()
    {
        _stopping = true;
        await Task.WhenAll(_clients);
        return [.. _sent];
    }

    /// <summary>Sends a command again exactly as before (same body, same Idempotency-Key).</summary>
    public static async Task<SentCommand> Resend(Uri address, string token, SentCommand command)
    {
        using var client = Client(address, token);
        var (status, problem) = await Send(client, command);
        return command with { Status = status, Problem = problem };
    }

    private Task<int> UntilAcknowledgedTotal(int total, string when) =>
        Eventually.Until(() => Task.FromResult(Acknowledged), n => n >= total, $"{total} acknowledged commands {when}", TimeSpan.FromSeconds(90));

    private async Task RunClient(Uri address, string token, Random random)
    {
        using var client = Client(address, token);
        var cases = new List<Guid>();
        while (!_stopping)
        {
            var marker = $"[load:{Guid.NewGuid():N}]";
            var command = cases.Count == 0 || random.NextDouble() < 0.3
                ? new SentCommand(marker, true, "/api/complaints", Complaint(marker), 0)
                : new SentCommand(marker, false, $"/api/cases/{cases[random.Next(cases.Count)]}/notes", new JsonObject { ["text"] = $"{marker} Called back as agreed." }, 0);
            string? created = null;
            var (status, problem) = await Send(client, command, body => created = command.RaisesCase ? (string?)body?["id"] : null);
            _sent.Enqueue(command with { Status = status, Problem = problem, RaisedCase = created });
            if (created is not null) cases.Add(Guid.Parse(created));
            // While the service is away, ask again soon but not in a tight loop.
            if (status is < 200 or >= 300) await Task.Delay(250, CancellationToken.None);
        }
    }

    /// <summary>The status (0 when no answer came) and any problem's type and detail. A request once sent is always waited for: its outcome is the point.</summary>
    private static async Task<(int Status, string? Problem)> Send(HttpClient client, SentCommand command, Action<JsonNode?>? onBody = null)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, command.Path) { Content = JsonContent.Create(command.Body) };
        if (command.RaisesCase) request.Headers.Add("Idempotency-Key", command.Marker);
        try
        {
            using var response = await client.SendAsync(request, CancellationToken.None);
            var body = await response.Content.ReadAsStringAsync();
            if (response.IsSuccessStatusCode)
            {
                onBody?.Invoke(JsonNode.Parse(body));
                return ((int)response.StatusCode, null);
            }

            return ((int)response.StatusCode, body);
        }
        catch (Exception e) when (e is HttpRequestException or TaskCanceledException)
        {
            return (0, e.Message);
        }
    }

    private static HttpClient Client(Uri address, string token)
    {
        var client = new HttpClient { BaseAddress = address, Timeout = TimeSpan.FromSeconds(30) };
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
        return client;
    }

    private static JsonObject Complaint(string marker)
    {
        var body = JsonSerializer.SerializeToNode(Bodies.Complaint(DateTimeOffset.UtcNow.AddMinutes(-5)))!.AsObject();
        body["summary"] = $"{marker} My care plan was changed without anyone talking to me.";
        return body;
    }
}
