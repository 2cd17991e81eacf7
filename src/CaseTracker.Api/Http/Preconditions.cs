using System.Globalization;
using Microsoft.Net.Http.Headers;

namespace CaseTracker.Api.Http;

/// <summary>ETags are the case's stream version, quoted: <c>"7"</c>. Writes may send it back in If-Match.</summary>
public static class Preconditions
{
    public static string ETagFor(long version) => $"\"{version.ToString(CultureInfo.InvariantCulture)}\"";

    /// <summary>Reads If-Match: no header means "any version"; a header that is not one of our ETags is a client error.</summary>
    public static bool TryReadIfMatch(HttpRequest request, out long? expectedVersion)
    {
        expectedVersion = null;
        if (!request.Headers.ContainsKey(HeaderNames.IfMatch)) return true;
        // A header that is there but blank is a mistake, not a request to write unconditionally.
        var raw = request.Headers.IfMatch.ToString().Trim();
        if (raw == "*") return true;
        if (raw.StartsWith("W/", StringComparison.Ordinal)) raw = raw[2..];
        raw = raw.Trim('"');
        if (!long.TryParse(raw, NumberStyles.None, CultureInfo.InvariantCulture, out var version)) return false;
        expectedVersion = version;
        return true;
    }
}
