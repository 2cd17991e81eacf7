using System.Globalization;

namespace CaseTracker.Api.Reports;

/// <summary>A span of whole months, first to last inclusive, as reports are asked for (yyyy-MM).</summary>
public sealed record MonthRange(DateOnly First, DateOnly Last)
{
    /// <summary>Ten years: enough for any trend, small enough that a report stays cheap.</summary>
    public const int MaxMonths = 120;

    public IEnumerable<string> Months()
    {
        for (var month = First; month <= Last; month = month.AddMonths(1)) yield return Label(month);
    }

    public string From => Label(First);

    public string To => Label(Last);

    public int Count => ((Last.Year - First.Year) * 12) + Last.Month - First.Month + 1;

    /// <summary>The year to 31 March of <paramref name="year"/>, as the 2009 Regulations (reg 18) count it.</summary>
    public static MonthRange YearEndingMarch(int year) => new(new DateOnly(year - 1, 4, 1), new DateOnly(year, 3, 1));

    public static string Label(DateOnly month) => month.ToString("yyyy-MM", CultureInfo.InvariantCulture);

    /// <summary>Parses from and to; a field that is missing, malformed, reversed or too long a span is named in the errors.</summary>
    public static MonthRange? TryParse(string? from, string? to, IDictionary<string, string[]> errors)
    {
        var first = ParseMonth(from, "from", errors);
        var last = ParseMonth(to, "to", errors);
        if (first is null || last is null) return null;
        var range = new MonthRange(first.Value, last.Value);
        if (last < first) errors["to"] = ["Must not be before from."];
        else if (range.Count > MaxMonths) errors["to"] = [$"A report covers at most {MaxMonths} months."];
        else return range;
        return null;
    }

    private static DateOnly? ParseMonth(string? value, string field, IDictionary<string, string[]> errors)
    {
        if (string.IsNullOrEmpty(value))
        {
            errors[field] = ["Required, as yyyy-MM."];
            return null;
        }

        if (value.Length == 7 && DateOnly.TryParseExact(value + "-01", "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var month)
            && month.Year is >= 2000 and <= 2100)
            return month;
        errors[field] = ["A month as yyyy-MM, between 2000-01 and 2100-12."];
        return null;
    }
}
