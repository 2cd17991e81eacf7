using System.Text.Json.Nodes;
using CaseTracker.Api.Security;
using CaseTracker.Api.Tests.Infrastructure;

namespace CaseTracker.Api.Tests.Reliability;

/// <summary>
/// Fifty people write to the same case at the same moment. With the version they read (If-Match)
/// exactly one wins and everyone else is told the case moved on; without it, every note is kept.
/// Either way the stream holds exactly what the answers said, in an unbroken integrity chain.
/// </summary>
[Collection(ApiCollection.Name)]
public sealed class Fifty_writers_on_one_case(CaseTrackerApp app)
{
    private const int Writers = 50;

    [Fact]
    public async Task with_the_same_if_match_exactly_one_succeeds_and_the_rest_get_412()
    {
        var (owner, id) = await RaisedCase();

        var answers = await AllAtOnce(owner, id, ifMatch: "\"1\"");

        Assert.Single(answers, a => a.Status == 201);
        Assert.Equal(Writers - 1, answers.Count(a => a.Status == 412));
        Assert.All(answers.Where(a => a.Status == 412), a =>
        {
            Assert.Equal("application/problem+json", a.ContentType);
            Assert.Equal("/problems/precondition-failed", (string?)JsonNode.Parse(a.Body)!["type"]);
        });
        var winner = answers.Single(a => a.Status == 201);
        Assert.Equal("\"2\"", winner.ETag);

        var events = await Events(owner, id);
        Assert.Equal(["complaint_raised", "note_added"], events.Select(e => (string)e!["type"]!));
        Assert.Equal(NoteText(answers.IndexOf(winner)), (string?)events[1]!["data"]!["text"]);
        await AssertChainIntact(owner, id, 2);
    }

    [Fact]
    public async Task without_if_match_all_fifty_notes_are_appended_and_none_lost()
    {
        var (owner, id) = await RaisedCase();

        var answers = await AllAtOnce(owner, id, ifMatch: null);

        Assert.All(answers, a => Assert.Equal(201, a.Status));
        // Each writer was told a different new version: they queued, none overwrote another.
        Assert.Equal(Enumerable.Range(2, Writers).Select(v => (long)v),
            answers.Select(a => long.Parse(a.ETag!.Trim('"'), System.Globalization.CultureInfo.InvariantCulture)).Order());

        var events = await Events(owner, id);
        Assert.Equal(Writers + 1, events.Count);
        Assert.Equal(Enumerable.Range(1, Writers + 1).Select(v => (long)v), events.Select(e => (long)e!["version"]!));
        var notes = events.Skip(1).ToList();
        Assert.All(notes, e => Assert.Equal("note_added", (string?)e!["type"]));
        Assert.Equal(Enumerable.Range(0, Writers).Select(NoteText).Order(StringComparer.Ordinal),
            notes.Select(e => (string)e!["data"]!["text"]!).Order(StringComparer.Ordinal));
        await AssertChainIntact(owner, id, Writers + 1);
    }

    private async Task<(Caller Owner, Guid Id)> RaisedCase()
    {
        app.Clock.SetTo(new DateTimeOffset(2026, 9, 16, 9, 0, 0, TimeSpan.Zero));
        var owner = Caller.InNewTenant(app, "owner");
        return (owner, await owner.RaiseComplaint());
    }

    /// <summary>
    /// Every request is built first, then all are released together. Each writer is a different
    /// user: the write rate limit is per user, so no answer here is the limiter's, only the case's.
    /// </summary>
    private async Task<List<Answer>> AllAtOnce(Caller owner, Guid id, string? ifMatch)
    {
        var start = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var writes = Enumerable.Range(0, Writers).Select(i =>
        {
            var writer = owner.As($"writer-{i:00}", Roles.Handler);
            var body = new JsonObject { ["text"] = NoteText(i) }.ToJsonString();
            return Task.Run(async () =>
            {
                await start.Task;
                return await Answers.Post(app, writer, Roles.Handler, $"/api/cases/{id}/notes", body, ifMatch);
            });
        }).ToList();

        start.SetResult();
        return [.. await Task.WhenAll(writes)];
    }

    private static string NoteText(int writer) => $"Note from writer {writer:00}";

    private static async Task<JsonArray> Events(Caller owner, Guid id) =>
        (await owner.As("audrey", Roles.Auditor).GetJson($"/api/cases/{id}/events"))["events"]!.AsArray();

    private static async Task AssertChainIntact(Caller owner, Guid id, long events)
    {
        var report = await owner.As("audrey", Roles.Auditor).GetJson($"/api/cases/{id}/integrity");
        Assert.True((bool)report["valid"]!);
        Assert.Equal(events, (long)report["events"]!);
    }
}
