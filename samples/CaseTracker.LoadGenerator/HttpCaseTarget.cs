using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;

namespace CaseTracker.LoadGenerator;

/// <summary>Sends each request to the API as the request a caseworker's browser would make, as one user.</summary>
public sealed class HttpCaseTarget(HttpClient http, string token) : ICaseTarget
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    /// <summary>One client for every simulated caseworker: connections are pooled, as behind a gateway.</summary>
    /// <summary>
    /// One shared client per node, and which one each simulated caseworker uses: caseworkers are dealt to the
    /// nodes in turn, as a round-robin load balancer would place their sessions. A caseworker stays on one node.
    /// </summary>
    public static NodeClients SharedClients(IReadOnlyList<Uri> nodes, int clients)
    {
        var perNode = (clients + nodes.Count - 1) / nodes.Count;
        return new NodeClients([.. nodes.Select(node => SharedClient(node, perNode))]);
    }

    public static HttpClient SharedClient(Uri baseAddress, int clients) => new(new SocketsHttpHandler
    {
        MaxConnectionsPerServer = Math.Max(clients, 1),
        PooledConnectionLifetime = TimeSpan.FromMinutes(10),
    })
    {
        BaseAddress = baseAddress,
        Timeout = TimeSpan.FromSeconds(60),
    };

    public async Task<Outcome> RunAsync(CaseRequest request, CancellationToken ct)
    {
        using var message = Message(request);
        message.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        using var response = await http.SendAsync(message, HttpCompletionOption.ResponseContentRead, ct);
        var status = (int)response.StatusCode;
        if (request.Operation == Operation.RaiseComplaint && response.IsSuccessStatusCode)
        {
            var created = await response.Content.ReadFromJsonAsync<Created>(Json, ct);
            return new Outcome(status, created?.Id);
        }

        return new Outcome(status);
    }

    private static HttpRequestMessage Message(CaseRequest request)
    {
        var v = request.Variant;
        var id = request.CaseId;
        return request.Operation switch
        {
            Operation.RaiseComplaint => Post("/api/complaints", new
            {
                receivedAt = DateTimeOffset.UtcNow.AddHours(-2),
                channel = "Email",
                complainant = new { name = SampleWording.Name(v), role = "ServiceUser", contact = new { email = SampleWording.Email(v), phone = "01632 960000" } },
                service = SampleWording.Service(v),
                summary = SampleWording.Summary(v),
                categories = SampleWording.Categories,
                desiredOutcome = SampleWording.DesiredOutcome,
                accessNeeds = SampleWording.AccessNeeds,
            }, idempotencyKey: Guid.NewGuid().ToString()),
            Operation.Acknowledge => Post($"/api/cases/{id}/acknowledgement", new { howHandlingWasDiscussed = SampleWording.HowHandlingWasDiscussed }),
            Operation.AddNote => Post($"/api/cases/{id}/notes", new { text = SampleWording.Note(v) }),
            Operation.Apologise => Post($"/api/cases/{id}/apologies", new { method = "InPerson", to = SampleWording.Name(v), words = SampleWording.ApologyWords(v) }),
            Operation.ReadCase => new HttpRequestMessage(HttpMethod.Get, $"/api/cases/{id}"),
            Operation.ReadTimeline => new HttpRequestMessage(HttpMethod.Get, $"/api/cases/{id}/timeline"),
            Operation.ListCases => new HttpRequestMessage(HttpMethod.Get, "/api/cases?pageSize=20"),
            _ => throw new ArgumentOutOfRangeException(nameof(request)),
        };
    }

    private static HttpRequestMessage Post<T>(string path, T body, string? idempotencyKey = null)
    {
        // Serialised up front so the request carries a Content-Length, as a browser's would.
        var content = new ByteArrayContent(JsonSerializer.SerializeToUtf8Bytes(body, Json));
        content.Headers.ContentType = new MediaTypeHeaderValue("application/json");
        var request = new HttpRequestMessage(HttpMethod.Post, path) { Content = content };
        if (idempotencyKey is not null) request.Headers.Add("Idempotency-Key", idempotencyKey);
        return request;
    }

    private sealed record Created(Guid Id, string Reference);
}

/// <summary>The shared clients of several nodes; client N works through node N mod the number of nodes.</summary>
public sealed class NodeClients(IReadOnlyList<HttpClient> clients) : IDisposable
{
    public HttpClient For(int client) => clients[client % clients.Count];

    public void Dispose()
    {
        foreach (var client in clients) client.Dispose();
    }
}
