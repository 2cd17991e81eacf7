using Microsoft.AspNetCore.Mvc;
using Wolverine.Http;

namespace CaseTracker.Api.Reports;

/// <summary>
/// The stylesheet of printable reports. Served from the app, not inline, so the pages keep a content
/// security policy that allows nothing else; it holds no data, so it needs no sign-in.
/// </summary>
public static class ReportStylesEndpoint
{
    public const string Path = "/styles/report.css";

    private const string Css = """
        body { font-family: Arial, Helvetica, sans-serif; color: #0b0c0c; margin: 2rem auto; max-width: 48rem; line-height: 1.4; }
        h1 { font-size: 2rem; margin-bottom: 0.25rem; }
        h2 { font-size: 1.4rem; margin-top: 2rem; border-bottom: 2px solid #0b0c0c; }
        h3 { font-size: 1.1rem; margin-top: 1.5rem; }
        table { border-collapse: collapse; width: 100%; margin: 0.5rem 0 1rem; }
        th, td { border-bottom: 1px solid #b1b4b6; padding: 0.4rem 0.5rem; text-align: left; vertical-align: top; }
        td:last-child { text-align: right; font-variant-numeric: tabular-nums; }
        .period, .freshness { color: #505a5f; }
        @media print { body { margin: 0; max-width: none; } h2 { break-after: avoid; } table { break-inside: avoid; } }
        """;

    [WolverineGet(Path), ApiExplorerSettings(IgnoreApi = true)]
    public static IResult Get(HttpContext http)
    {
        http.Response.Headers.CacheControl = "public, max-age=3600";
        return Results.Text(Css, "text/css; charset=utf-8");
    }
}
