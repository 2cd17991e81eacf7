using System.Globalization;

namespace CaseTracker.Api.Audit;

/// <summary>
/// Reads the audit endpoints' query values by hand, so that a malformed one is named in a 400
/// problem rather than silently replaced by its default.
/// </summary>
public sealed class QueryValues
{
    public Dictionary<string, string[]> Errors { get; } = new(StringComparer.Ordinal);

    public long? Whole(string name, string? raw, long min, long max, long? fallback = null)
    {
        if (raw is null) return fallback;
        if (long.TryParse(raw, NumberStyles.None, CultureInfo.InvariantCulture, out var value) && value >= min && value <= max) return value;
        Errors[name] = [$"A whole number from {min} to {max}."];
        return null;
    }

    /// <summary>An instant must say its offset (2026-03-03T17:00:00Z): a local time would mean different moments to different readers.</summary>
    public DateTimeOffset? Instant(string name, string? raw)
    {
        if (raw is null) return null;
        if (raw.Length <= 64 && (raw.EndsWith('Z') || raw.EndsWith('z') || HasOffset(raw))
            && DateTimeOffset.TryParse(raw, CultureInfo.InvariantCulture, DateTimeStyles.RoundtripKind, out var instant))
            return instant;
        Errors[name] = ["An ISO 8601 instant with its offset, such as 2026-03-03T17:00:00Z."];
        return null;
    }

    private static bool HasOffset(string raw) =>
        raw.Length > 6 && raw[^6] is '+' or '-' && raw[^3] == ':' && raw.IndexOf('T', StringComparison.Ordinal) > 0;
}
