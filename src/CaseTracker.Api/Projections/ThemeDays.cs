namespace CaseTracker.Api.Projections;

/// <summary>
/// Kept by <see cref="LearningReportProjection"/> beside each <see cref="LearningReport"/> (same id), and
/// read only by it: theme → day received (<see cref="DateOnly.DayNumber"/>) → cases. A case that changes is
/// taken out of these counts and put back, which a <see cref="ThemeSpan"/> alone could not survive; the
/// report carries only the spans, so reading a report never pays for the days.
/// </summary>
public sealed class ThemeDays
{
    public string Id { get; set; } = "";

    public Dictionary<string, Dictionary<int, int>> Days { get; set; } = [];

    /// <summary>Counts a case with <paramref name="theme"/> received on <paramref name="day"/> once (<paramref name="sign"/> 1) or takes it away (-1).</summary>
    public void Add(string theme, int day, int sign)
    {
        var days = Days.TryGetValue(theme, out var existing) ? existing : Days[theme] = [];
        var next = days.GetValueOrDefault(day) + sign;
        if (next == 0) days.Remove(day);
        else days[day] = next;
        if (days.Count == 0) Days.Remove(theme);
    }

    /// <summary>The theme's span this month, or null when no case names it.</summary>
    public ThemeSpan? SpanOf(string theme)
    {
        if (!Days.TryGetValue(theme, out var days) || days.Count == 0) return null;
        return new ThemeSpan(days.Values.Sum(), days.Keys.Min(), days.Keys.Max());
    }
}
