namespace CaseTracker.Api.Projections;

/// <summary>
/// The learning figures of one tenant's cases received in one month (Europe/London) by one service.
/// A report for any range reads one of these per month and service, never the events.
/// </summary>
public sealed class LearningReport
{
    public string Id { get; set; } = "";

    /// <summary>yyyy-MM: sorts and compares as text, so a range is a simple string comparison.</summary>
    public string Month { get; set; } = "";
    public string Service { get; set; } = "";
    public LearningFigures Figures { get; set; } = new();

    /// <summary>
    /// Learning theme → how it fell across the month: what repeat themes are found from. A few numbers per
    /// theme, however many cases, so a report reads the same small documents at ten thousand events or a million.
    /// </summary>
    public Dictionary<string, ThemeSpan> ThemeSpans { get; set; } = [];

    public static string IdFor(string month, string service) => $"{month}|{service}";
}
