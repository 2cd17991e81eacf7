using System.Globalization;
using System.Text;
using CaseTracker.Api.Projections;

namespace CaseTracker.Api.Reports;

/// <summary>
/// Every report as CSV: one row per month and service, the counts and the measures made from them.
/// Lists (themes, categories) stay in the JSON: a spreadsheet row holds numbers.
/// </summary>
public static class ReportCsv
{
    public const string ContentType = "text/csv";

    private static readonly (string Header, Func<LearningFigures, object?> Value)[] Columns =
    [
        ("complaints_received", f => f.ComplaintsReceived),
        ("incidents_reported", f => f.IncidentsReported),
        ("withdrawn", f => f.Withdrawn),
        ("acknowledged", f => f.Acknowledged),
        ("acknowledged_on_time", f => f.AcknowledgedOnTime),
        ("acknowledged_on_time_percent", f => ReportParts.Acknowledgement(f).OnTimePercent),
        ("awaiting_overdue_acknowledgement", f => f.AwaitingOverdueAcknowledgement),
        ("median_working_days_to_acknowledgement", f => Measures.Median(f.DaysToAcknowledgement)),
        ("responded", f => f.Responded),
        ("median_working_days_to_final_response", f => Measures.Median(f.DaysToFinalResponse)),
        ("upheld", f => f.Upheld),
        ("partly_upheld", f => f.PartlyUpheld),
        ("not_upheld", f => f.NotUpheld),
        ("referred_to_ombudsman", f => f.ReferredToOmbudsman),
        ("notifiable_incidents", f => f.NotifiableIncidents),
        ("candour_notified_on_time", f => f.CandourNotifiedOnTime),
        ("apologised_on_time", f => f.ApologisedOnTime),
        ("candour_letter_on_time", f => f.CandourLetterOnTime),
        ("actions_committed", f => f.ActionsCommitted),
        ("actions_completed", f => f.ActionsCompleted),
        ("actions_overdue", f => f.ActionsOverdue),
        ("action_completion_percent", f => ReportParts.Actions(f).CompletionPercent),
        ("advocacy_offered", f => f.AdvocacyOffered),
        ("advocacy_taken_up", f => f.AdvocacyTakenUp),
        ("restorative_offered", f => f.RestorativeOffered),
        ("restorative_accepted", f => f.RestorativeAccepted),
        ("agreements_reached", f => f.AgreementsReached),
        ("agreements_followed_up", f => f.AgreementsFollowedUp),
        ("agreements_kept", f => f.AgreementsKept),
        ("feedback_responses", f => f.FeedbackResponses),
        ("mean_satisfaction", f => Measures.Mean(f.SatisfactionTotal, f.FeedbackResponses)),
        ("felt_heard", f => f.FeltHeard),
    ];

    public static string Write(IEnumerable<LearningReport> rows)
    {
        var csv = new StringBuilder();
        csv.AppendJoin(',', ["month", "service", .. Columns.Select(c => c.Header)]).Append("\r\n");
        foreach (var row in rows)
        {
            csv.AppendJoin(',', [row.Month, Field(row.Service), .. Columns.Select(c => Field(c.Value(row.Figures)))]).Append("\r\n");
        }

        return csv.ToString();
    }

    public static IResult Result(IEnumerable<LearningReport> rows) =>
        Results.Text(Write(rows), ContentType + "; charset=utf-8", Encoding.UTF8);

    /// <summary>Quotes per RFC 4180, and defuses text a spreadsheet would run as a formula (OWASP CSV injection).</summary>
    private static string Field(object? value)
    {
        var text = value switch
        {
            null => "",
            IFormattable formattable => formattable.ToString(null, CultureInfo.InvariantCulture),
            _ => value.ToString() ?? "",
        };
        if (value is string && text.Length > 0 && text[0] is '=' or '+' or '-' or '@' or '\t' or '\r') text = "'" + text;
        return text.IndexOfAny([',', '"', '\r', '\n']) >= 0 ? "\"" + text.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"" : text;
    }
}
