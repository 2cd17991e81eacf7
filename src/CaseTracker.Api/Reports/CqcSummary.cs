using CaseTracker.Api.Projections;

namespace CaseTracker.Api.Reports;

/// <param name="WellFounded">Upheld or partly upheld.</param>
public sealed record ServiceComplaints(string Service, int ComplaintsReceived, int Responded, int WellFounded, int NotUpheld);

/// <summary>
/// The summary of complaints a provider sends the CQC on request (within 28 days, SI 2014/2936 reg 16):
/// how many were received, how promptly they were handled, what they were about, how they ended, and
/// what the provider is doing about them, overall and per service.
/// </summary>
public sealed record CqcSummary(
    string From,
    string To,
    Freshness Freshness,
    int ComplaintsReceived,
    int Withdrawn,
    AcknowledgementFigures Acknowledgement,
    FinalResponseFigures FinalResponse,
    OutcomeFigures Outcomes,
    [property: MaxLength(Measures.MaxSubjects)] IReadOnlyList<Count> SubjectMatter,
    [property: MaxLength(Measures.TopCount)] IReadOnlyList<Count> TopThemes,
    ActionFigures Actions,
    [property: MaxLength(Measures.MaxServices)] IReadOnlyList<ServiceComplaints> ByService)
{
    public static CqcSummary Of(ReportData data)
    {
        var f = LearningFigures.Sum(data.Rows.Select(r => r.Figures));
        var byService = data.Rows.GroupBy(r => r.Service, StringComparer.Ordinal)
            .Select(g => (Service: g.Key, Figures: LearningFigures.Sum(g.Select(r => r.Figures))))
            .Where(s => s.Figures.ComplaintsReceived > 0)
            .Select(s => new ServiceComplaints(s.Service, s.Figures.ComplaintsReceived, s.Figures.Responded,
                s.Figures.Upheld + s.Figures.PartlyUpheld, s.Figures.NotUpheld))
            .Take(Measures.MaxServices)
            .ToList();
        return new CqcSummary(
            data.Range.From, data.Range.To, data.Freshness, f.ComplaintsReceived, f.Withdrawn,
            ReportParts.Acknowledgement(f), ReportParts.FinalResponse(f), ReportParts.Outcomes(f),
            Measures.Top(f.Categories, Measures.MaxSubjects), Measures.Top(f.Themes), ReportParts.Actions(f), byService);
    }
}
