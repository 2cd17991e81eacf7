using System.Text;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace CaseTracker.Api.Health;

/// <summary>
/// The answer of a health endpoint in plain text: the overall status on the first line, then, when
/// not healthy, one line per failing check saying why, so an operator reading a probe's log knows.
/// </summary>
public static class HealthAnswer
{
    public static Task Write(HttpContext http, HealthReport report)
    {
        var text = new StringBuilder(report.Status.ToString());
        foreach (var (name, entry) in report.Entries.Where(e => e.Value.Status != HealthStatus.Healthy))
            text.Append('\n').Append(name).Append(": ").Append(entry.Description ?? entry.Status.ToString());
        http.Response.ContentType = "text/plain; charset=utf-8";
        return http.Response.WriteAsync(text.ToString());
    }
}
