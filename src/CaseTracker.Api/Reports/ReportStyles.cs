namespace CaseTracker.Api.Reports;

/// <summary>
/// The stylesheet of printable reports, served as a static file (wwwroot/styles/report.css) rather
/// than inline, so the pages keep a content security policy that allows nothing else. It holds no
/// data, so it needs no sign-in.
/// </summary>
public static class ReportStyles
{
    public const string Path = "/styles/report.css";
}
