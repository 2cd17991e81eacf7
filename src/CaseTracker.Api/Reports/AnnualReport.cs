using CaseTracker.Api.Projections;

namespace CaseTracker.Api.Reports;

/// <summary>
/// The annual report the 2009 Regulations require (reg 18) for the year to 31 March: complaints received,
/// how many were well-founded (upheld or partly upheld), how many went to an Ombudsman, the subject matter,
/// matters of general importance, and the actions taken or planned.
/// </summary>
public sealed record AnnualReport(
    int Year,
    string From,
    string To,
    DateOnly PeriodEnds,
    Freshness Freshness,
    int ComplaintsReceived,
    int Withdrawn,
    int WellFounded,
    OutcomeFigures Outcomes,
    int ReferredToOmbudsman,
    [property: MaxLength(Measures.MaxSubjects)] IReadOnlyList<Count> SubjectMatter,
    [property: MaxLength(Measures.TopCount)] IReadOnlyList<Count> TopThemes,
    [property: MaxLength(Measures.MaxRepeatThemes)] IReadOnlyList<RepeatTheme> RepeatThemes,
    [property: MaxLength(Measures.TopCount)] IReadOnlyList<Count> HarmSources,
    ActionFigures Actions)
{
    public static AnnualReport Of(int year, ReportData data)
    {
        var f = LearningFigures.Sum(data.Rows.Select(r => r.Figures));
        return new AnnualReport(
            year, data.Range.From, data.Range.To, new DateOnly(year, 3, 31), data.Freshness,
            f.ComplaintsReceived, f.Withdrawn, f.Upheld + f.PartlyUpheld, ReportParts.Outcomes(f), f.ReferredToOmbudsman,
            Measures.Top(f.Categories, Measures.MaxSubjects), Measures.Top(f.Themes), Measures.RepeatThemes(data.Before, data.Rows, data.Range.First),
            Measures.Top(f.HarmSources, int.MaxValue), ReportParts.Actions(f));
    }
}
