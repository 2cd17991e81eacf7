using CaseTracker.Api.Projections;

namespace CaseTracker.Api.Reports;

public sealed record AcknowledgementFigures(int Acknowledged, int OnTime, double? OnTimePercent, int AwaitingOverdue, double? MedianWorkingDays);

public sealed record FinalResponseFigures(int Responded, double? MedianWorkingDays);

public sealed record OutcomeFigures(int Upheld, int PartlyUpheld, int NotUpheld, int ReferredToOmbudsman);

public sealed record CandourFigures(
    int NotifiableIncidents,
    int NotifiedOnTime, double? NotifiedOnTimePercent,
    int ApologisedOnTime, double? ApologisedOnTimePercent,
    int LetterOnTime, double? LetterOnTimePercent);

public sealed record ActionFigures(int Committed, int Completed, int Overdue, double? CompletionPercent);

public sealed record AdvocacyFigures(int Offered, int TakenUp, double? TakenUpPercent);

public sealed record RestorativeFigures(int Offered, int Accepted, int AgreementsReached, int AgreementsFollowedUp, int AgreementsKept, double? KeptPercent);

public sealed record SatisfactionFigures(int Responses, double? Mean, int FeltHeard, double? FeltHeardPercent);

/// <summary>The learning-from-harm report for a range of months, one service or all (docs/reports.md defines each figure).</summary>
public sealed record LearningSummary(
    string From,
    string To,
    string? Service,
    Freshness Freshness,
    int ComplaintsReceived,
    int IncidentsReported,
    int Withdrawn,
    AcknowledgementFigures Acknowledgement,
    FinalResponseFigures FinalResponse,
    OutcomeFigures Outcomes,
    CandourFigures Candour,
    [property: MaxLength(Measures.TopCount)] IReadOnlyList<Count> TopThemes,
    [property: MaxLength(Measures.TopCount)] IReadOnlyList<Count> TopHarmSources,
    [property: MaxLength(Measures.MaxRepeatThemes)] IReadOnlyList<RepeatTheme> RepeatThemes,
    ActionFigures Actions,
    AdvocacyFigures Advocacy,
    RestorativeFigures Restorative,
    SatisfactionFigures Satisfaction)
{
    public static LearningSummary Of(ReportData data)
    {
        var f = LearningFigures.Sum(data.Rows.Select(r => r.Figures));
        return new LearningSummary(
            data.Range.From, data.Range.To, data.Service, data.Freshness,
            f.ComplaintsReceived, f.IncidentsReported, f.Withdrawn,
            ReportParts.Acknowledgement(f), ReportParts.FinalResponse(f), ReportParts.Outcomes(f), ReportParts.Candour(f),
            Measures.Top(f.Themes), Measures.Top(f.HarmSources),
            Measures.RepeatThemes(data.Before, data.Rows, data.Range.First),
            ReportParts.Actions(f),
            new AdvocacyFigures(f.AdvocacyOffered, f.AdvocacyTakenUp, Measures.Percent(f.AdvocacyTakenUp, f.AdvocacyOffered)),
            new RestorativeFigures(f.RestorativeOffered, f.RestorativeAccepted, f.AgreementsReached, f.AgreementsFollowedUp, f.AgreementsKept,
                Measures.Percent(f.AgreementsKept, f.AgreementsFollowedUp)),
            new SatisfactionFigures(f.FeedbackResponses, Measures.Mean(f.SatisfactionTotal, f.FeedbackResponses), f.FeltHeard,
                Measures.Percent(f.FeltHeard, f.FeedbackResponses)));
    }
}

/// <summary>The parts of a report made from summed figures, shared by every report and the CSV rows.</summary>
public static class ReportParts
{
    /// <summary>On time as a share of the complaints whose acknowledgement is settled: given, or flagged overdue.</summary>
    public static AcknowledgementFigures Acknowledgement(LearningFigures f) => new(
        f.Acknowledged, f.AcknowledgedOnTime,
        Measures.Percent(f.AcknowledgedOnTime, f.Acknowledged + f.AwaitingOverdueAcknowledgement),
        f.AwaitingOverdueAcknowledgement, Measures.Median(f.DaysToAcknowledgement));

    public static FinalResponseFigures FinalResponse(LearningFigures f) => new(f.Responded, Measures.Median(f.DaysToFinalResponse));

    public static OutcomeFigures Outcomes(LearningFigures f) => new(f.Upheld, f.PartlyUpheld, f.NotUpheld, f.ReferredToOmbudsman);

    public static CandourFigures Candour(LearningFigures f) => new(
        f.NotifiableIncidents,
        f.CandourNotifiedOnTime, Measures.Percent(f.CandourNotifiedOnTime, f.NotifiableIncidents),
        f.ApologisedOnTime, Measures.Percent(f.ApologisedOnTime, f.NotifiableIncidents),
        f.CandourLetterOnTime, Measures.Percent(f.CandourLetterOnTime, f.NotifiableIncidents));

    public static ActionFigures Actions(LearningFigures f) =>
        new(f.ActionsCommitted, f.ActionsCompleted, f.ActionsOverdue, Measures.Percent(f.ActionsCompleted, f.ActionsCommitted));
}
