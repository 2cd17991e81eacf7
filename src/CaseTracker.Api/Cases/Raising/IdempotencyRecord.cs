namespace CaseTracker.Api.Cases.Raising;

/// <summary>
/// What a creating request with an Idempotency-Key answered, stored with the case it created so
/// that a retry of the same request gets the same answer and creates nothing.
/// </summary>
public sealed record IdempotencyRecord(string Id, string RequestHash, Guid CaseId, string Reference, DateTimeOffset At)
{
    public static string IdFor(string userId, string key) => $"{userId}:{key}";
}
