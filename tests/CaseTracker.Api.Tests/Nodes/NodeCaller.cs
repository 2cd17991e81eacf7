using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using CaseTracker.Api.Tests.Infrastructure;

namespace CaseTracker.Api.Tests.Nodes;

/// <summary>A handler working through one node of the cluster, over real HTTP; every write must be acknowledged.</summary>
public sealed class NodeCaller(ApiProcess node, string token) : IDisposable
{
    private readonly HttpClient _http = new()
    {
        BaseAddress = node.Address,
        Timeout = TimeSpan.FromSeconds(60),
        DefaultRequestHeaders = { Authorization = new AuthenticationHeaderValue("Bearer", token) },
    };

    public async Task<Guid> RaiseComplaint(DateTimeOffset receivedAt)
    {
        var body = await Post("/api/complaints", Bodies.Complaint(receivedAt));
        return Guid.Parse((string)body["id"]!);
    }

    public Task Acknowledge(Guid id) => Post($"/api/cases/{id}/acknowledgement", Bodies.Acknowledgement());

    public Task AddNote(Guid id) => Post($"/api/cases/{id}/notes", new { text = "Phoned to say the review is under way." });

    public async Task<JsonNode> LearningReport(string from, string to) =>
        JsonNode.Parse(await _http.GetStringAsync($"/api/reports/learning?from={from}&to={to}"))!;

    public void Dispose() => _http.Dispose();

    private async Task<JsonNode> Post(string path, object body)
    {
        using var response = await _http.PostAsJsonAsync(path, body);
        var text = await response.Content.ReadAsStringAsync();
        if (!response.IsSuccessStatusCode)
            throw new InvalidOperationException($"POST {path} on {node.Address} answered {(int)response.StatusCode}: {text}\n{node.RecentOutput}");
        return JsonNode.Parse(text)!;
    }
}
