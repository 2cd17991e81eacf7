using System.Text.Encodings.Web;
using System.Text.Json;
using CaseTracker.Api.Security;

namespace CaseTracker.Api.Tests.Reliability.Fuzzing;

/// <summary>
/// Requests made from the OpenAPI document with a seeded generator: each starts valid, aimed at a
/// real case, and then has one thing spoilt. The same seed gives the same requests.
/// </summary>
public sealed partial class FuzzedRequests(OpenApiOperations api, FuzzTargets targets, Guid foreignCase, DateTimeOffset now, int seed, Func<Operation, IReadOnlyList<string>> permitted)
{
    private static readonly JsonSerializerOptions Relaxed = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    private static readonly string[] BodyMutations =
    [
        "malformed-json", "not-an-object", "wrong-type", "missing-field", "null-field", "empty-object", "unknown-field", "huge-string",
        "body-over-limit", "unicode", "invalid-enum", "invalid-date", "out-of-range-number", "too-many-items", "wrong-content-type", "no-length",
    ];

    private static readonly string[] PathMutations = ["unknown-id", "empty-id", "foreign-id", "not-an-id", "other-kind-id"];

    private readonly Random _random = new(seed);
    private readonly FuzzTargets _targets = targets;
    private readonly Guid _foreignCase = foreignCase;
    private readonly DateTimeOffset _now = now;
    private readonly ValidBodies _valid = new(api, new Random(seed ^ 0x5eed), now);

    /// <summary>Every operation <paramref name="rounds"/> times, interleaved so cases move on between attempts.</summary>
    public IEnumerable<FuzzedRequest> Generate(int rounds)
    {
        for (var round = 0; round < rounds; round++)
            foreach (var operation in api.All)
                yield return One(operation);
    }

    private FuzzedRequest One(Operation operation)
    {
        var applicable = new List<string> { "valid", "odd-credentials" };
        if (operation.Body is not null) applicable.AddRange(BodyMutations);
        if (operation.In("path").Any(p => p.Name != "year")) applicable.AddRange(PathMutations);
        if (operation.In("query").Any() || operation.In("path").Any(p => p.Name == "year")) applicable.AddRange(["bad-query", "bad-query"]);
        if (operation.In("header").Any(p => p.Name == "If-Match")) applicable.AddRange(["bad-if-match", "stale-if-match"]);
        if (operation.In("header").Any(p => p.Name == "Idempotency-Key")) applicable.AddRange(["bad-idempotency-key", "reused-idempotency-key"]);
        var draft = new Draft(this, operation);
        var mutation = Pick(applicable);
        draft.Spoil(mutation);
        return draft.Build(mutation);
    }

    private T Pick<T>(IEnumerable<T> choices)
    {
        var list = choices as T[] ?? [.. choices];
        return list[_random.Next(list.Length)];
    }

    /// <summary>Mostly a role allowed to call the operation, so that most requests get past the permission check.</summary>
    private string Role(Operation operation) =>
        permitted(operation) is { Count: > 0 } allowed && _random.Next(4) > 0 ? Pick(allowed) : Pick(Roles.All);
}
