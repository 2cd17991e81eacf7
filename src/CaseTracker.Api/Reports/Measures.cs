using CaseTracker.Api.Projections;

namespace CaseTracker.Api.Reports;

public sealed record Count(string Name, int Cases);

/// <summary>A theme that came back in the same service within <see cref="ReportReader.RepeatWindowDays"/> days.</summary>
/// <param name="Cases">Cases in the range (in this service) whose learning names the theme.</param>
/// <param name="Repeats">How many of them were received within the window after an earlier case with the same theme.</param>
public sealed record RepeatTheme(string Service, string Theme, int Cases, int Repeats);

/// <summary>Ratios, medians and rankings made from summed counts: only ever computed when a report is read.</summary>
public static class Measures
{
    public const int TopCount = 10;

    /// <summary>Reports stay a readable size: the most frequent subjects, services and repeat themes, up to these numbers.</summary>
    public const int MaxSubjects = 200;
    public const int MaxServices = 500;
    public const int MaxRepeatThemes = 50;

    /// <summary>Percentage to one decimal place; null when there is nothing to divide by.</summary>
    public static double? Percent(int part, int whole) => whole == 0 ? null : Math.Round(100.0 * part / whole, 1, MidpointRounding.AwayFromZero);

    public static double? Mean(int total, int count) => count == 0 ? null : Math.Round((double)total / count, 2, MidpointRounding.AwayFromZero);

    /// <summary>The median of values given as value → how many times it occurs; the mean of the middle two when the count is even.</summary>
    public static double? Median(IReadOnlyDictionary<int, int> histogram)
    {
        var total = histogram.Values.Sum();
        if (total == 0) return null;
        var sorted = histogram.Where(h => h.Value > 0).OrderBy(h => h.Key).ToList();
        int At(int index)
        {
            var seen = 0;
            foreach (var (value, count) in sorted)
            {
                seen += count;
                if (index < seen) return value;
            }

            throw new InvalidOperationException("Median index past the end of the histogram.");
        }

        return total % 2 == 1 ? At(total / 2) : (At((total / 2) - 1) + At(total / 2)) / 2.0;
    }

    public static IReadOnlyList<Count> Top(IReadOnlyDictionary<string, int> counts, int take = TopCount) =>
        [.. counts.OrderByDescending(c => c.Value).ThenBy(c => c.Key, StringComparer.Ordinal).Take(take).Select(c => new Count(c.Key, c.Value))];

    /// <summary>
    /// Repeat themes per service: an occurrence repeats when an earlier case in the same service, received
    /// no more than the window's days before it (the same day included), had the same theme. Cases from
    /// before the range count as earlier cases but are not themselves counted.
    /// </summary>
    /// <remarks>
    /// Month by month from each month's <see cref="ThemeSpan"/>: a month is shorter than the window, so every
    /// case in it but the first repeats an earlier one; the first does too when the last case of an earlier
    /// month came close enough before it.
    /// </remarks>
    public static IReadOnlyList<RepeatTheme> RepeatThemes(IEnumerable<LearningReport> before, IEnumerable<LearningReport> rows, DateOnly rangeStart)
    {
        var spans = new Dictionary<(string Service, string Theme), List<ThemeSpan>>();
        foreach (var report in before.Concat(rows))
        {
            foreach (var (theme, span) in report.ThemeSpans)
            {
                if (!spans.TryGetValue((report.Service, theme), out var months)) spans[(report.Service, theme)] = months = [];
                months.Add(span);
            }
        }

        var found = new List<RepeatTheme>();
        foreach (var ((service, theme), months) in spans)
        {
            int cases = 0, repeats = 0;
            int? previous = null;
            foreach (var month in months.OrderBy(m => m.FirstDay))
            {
                if (month.FirstDay >= rangeStart.DayNumber)
                {
                    var firstDayRepeats = previous is { } p && month.FirstDay - p <= ReportReader.RepeatWindowDays;
                    cases += month.Cases;
                    repeats += month.Cases - (firstDayRepeats ? 0 : 1);
                }

                previous = month.LastDay;
            }

            if (repeats > 0) found.Add(new RepeatTheme(service, theme, cases, repeats));
        }

        return [.. found.OrderByDescending(r => r.Repeats).ThenBy(r => r.Service, StringComparer.Ordinal).ThenBy(r => r.Theme, StringComparer.Ordinal).Take(MaxRepeatThemes)];
    }
}
