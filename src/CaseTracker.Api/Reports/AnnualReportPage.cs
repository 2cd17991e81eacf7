using System.Globalization;
using System.Text;
using System.Text.Encodings.Web;

namespace CaseTracker.Api.Reports;

/// <summary>The annual report as a plain, printable HTML page: headings, paragraphs and tables, styled by one stylesheet.</summary>
public static class AnnualReportPage
{
    public const string ContentSecurityPolicy = "default-src 'none'; style-src 'self'; frame-ancestors 'none'; base-uri 'none'; form-action 'none'";

    // The app runs with invariant globalisation; its month names are English.
    private static readonly CultureInfo English = CultureInfo.InvariantCulture;

    public static string Render(AnnualReport report)
    {
        var html = new StringBuilder();
        string E(object? value) => HtmlEncoder.Default.Encode(Convert.ToString(value, English) ?? "");
        var period = $"1 April {report.Year - 1} to 31 March {report.Year}";

        html.Append("<!DOCTYPE html>\n<html lang=\"en-GB\">\n<head>\n<meta charset=\"utf-8\">\n")
            .Append("<title>Annual complaints report, ").Append(E(period)).Append("</title>\n")
            .Append("<link rel=\"stylesheet\" href=\"").Append(ReportStyles.Path).Append("\">\n</head>\n<body>\n<main>\n")
            .Append("<h1>Annual complaints report</h1>\n")
            .Append("<p class=\"period\">For the year ").Append(E(period))
            .Append(", as the Local Authority Social Services and National Health Service Complaints (England) Regulations 2009 (regulation 18) require.</p>\n");

        html.Append("<h2>Complaints received and their outcome</h2>\n<table>\n<tbody>\n");
        Row(html, "Complaints received", report.ComplaintsReceived);
        Row(html, "Well-founded (upheld or partly upheld)", report.WellFounded);
        Row(html, "Upheld", report.Outcomes.Upheld);
        Row(html, "Partly upheld", report.Outcomes.PartlyUpheld);
        Row(html, "Not upheld", report.Outcomes.NotUpheld);
        Row(html, "Referred to an Ombudsman", report.ReferredToOmbudsman);
        Row(html, "Withdrawn", report.Withdrawn);
        html.Append("</tbody>\n</table>\n");

        Counts(html, "Subject matter", "Category", report.SubjectMatter, "No complaints were received.");

        html.Append("<h2>Matters of general importance</h2>\n");
        Counts(html, "Themes learned from", "Theme", report.TopThemes, "No learning was recorded.", level: 3);
        html.Append("<h3>Themes that came back within 90 days</h3>\n");
        if (report.RepeatThemes.Count == 0) html.Append("<p>No theme came back in the same service within 90 days.</p>\n");
        else
        {
            html.Append("<table>\n<thead><tr><th scope=\"col\">Service</th><th scope=\"col\">Theme</th><th scope=\"col\">Cases</th><th scope=\"col\">Repeats</th></tr></thead>\n<tbody>\n");
            foreach (var repeat in report.RepeatThemes)
                html.Append("<tr><td>").Append(E(repeat.Service)).Append("</td><td>").Append(E(repeat.Theme)).Append("</td><td>")
                    .Append(E(repeat.Cases)).Append("</td><td>").Append(E(repeat.Repeats)).Append("</td></tr>\n");
            html.Append("</tbody>\n</table>\n");
        }

        Counts(html, "Sources of avoidable harm", "Source", report.HarmSources, "No source of avoidable harm was named.", level: 3);

        html.Append("<h2>Actions taken or planned</h2>\n<table>\n<tbody>\n");
        Row(html, "Actions committed", report.Actions.Committed);
        Row(html, "Completed", report.Actions.Completed);
        Row(html, "Still open", report.Actions.Committed - report.Actions.Completed);
        Row(html, "Overdue", report.Actions.Overdue);
        html.Append("</tbody>\n</table>\n");

        html.Append("<p class=\"freshness\">Figures as at ").Append(E(report.Freshness.AsOf.ToString("d MMMM yyyy HH:mm 'UTC'", English)))
            .Append(report.Freshness.LagEvents == 0 ? ", with every recorded event included." : $", with {E(report.Freshness.LagEvents)} recent events still to be included.")
            .Append("</p>\n</main>\n</body>\n</html>\n");
        return html.ToString();

        void Row(StringBuilder into, string label, int value) =>
            into.Append("<tr><th scope=\"row\">").Append(E(label)).Append("</th><td>").Append(E(value)).Append("</td></tr>\n");

        void Counts(StringBuilder into, string heading, string column, IReadOnlyList<Count> counts, string none, int level = 2)
        {
            into.Append("<h").Append(level).Append('>').Append(E(heading)).Append("</h").Append(level).Append(">\n");
            if (counts.Count == 0)
            {
                into.Append("<p>").Append(E(none)).Append("</p>\n");
                return;
            }

            into.Append("<table>\n<thead><tr><th scope=\"col\">").Append(E(column)).Append("</th><th scope=\"col\">Cases</th></tr></thead>\n<tbody>\n");
            foreach (var count in counts) into.Append("<tr><td>").Append(E(count.Name)).Append("</td><td>").Append(E(count.Cases)).Append("</td></tr>\n");
            into.Append("</tbody>\n</table>\n");
        }
    }
}
