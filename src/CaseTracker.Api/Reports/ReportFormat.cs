using Microsoft.Net.Http.Headers;

namespace CaseTracker.Api.Reports;

/// <summary>Which representation of a report the caller asked for with Accept: JSON unless CSV (or, where offered, HTML) is preferred.</summary>
public enum ReportFormat { Json, Csv, Html }

public static class ReportFormats
{
    public static ReportFormat Requested(HttpRequest request, bool htmlOffered = false)
    {
        var accepted = request.GetTypedHeaders().Accept
            .Where(a => a.Quality is null or > 0)
            .OrderByDescending(a => a.Quality ?? 1)
            .Select(a => a.MediaType.Value);
        foreach (var type in accepted)
        {
            if (string.Equals(type, "text/csv", StringComparison.OrdinalIgnoreCase)) return ReportFormat.Csv;
            if (htmlOffered && string.Equals(type, "text/html", StringComparison.OrdinalIgnoreCase)) return ReportFormat.Html;
            if (string.Equals(type, "application/json", StringComparison.OrdinalIgnoreCase)) return ReportFormat.Json;
        }

        return ReportFormat.Json;
    }
}
