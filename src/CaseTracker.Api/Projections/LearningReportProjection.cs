using CaseTracker.Domain.Calendar;
using JasperFx.Events;
using Marten;
using Marten.Events.Projections;

namespace CaseTracker.Api.Projections;

/// <summary>
/// Keeps <see cref="LearningReport"/> (per tenant, month and service), its <see cref="ThemeDays"/>, and
/// <see cref="ReportedCase"/> (per case) up to date, asynchronously. Marten's daemon hands it one tenant's
/// page of events at a time and commits each page before the next, so a page is handled in memory with
/// three batched loads: every case it touches takes its old contribution out of its month and puts its new one in.
/// </summary>
public sealed class LearningReportProjection(WorkingDayCalendar calendar) : IProjection
{
    public const string Name = "LearningReport";

    public async Task ApplyAsync(IDocumentOperations operations, IReadOnlyList<IEvent> events, CancellationToken cancellation)
    {
        var byCase = events.GroupBy(e => e.StreamId).ToList();
        var known = (await operations.LoadManyAsync<ReportedCase>(cancellation, byCase.Select(g => g.Key)))
            .ToDictionary(c => c.Id);

        var changes = new Dictionary<string, MonthChange>(StringComparer.Ordinal);
        void Change(ReportedCase @case, int sign)
        {
            var id = LearningReport.IdFor(@case.Month, @case.Service);
            if (!changes.TryGetValue(id, out var change)) changes[id] = change = new MonthChange(@case.Month, @case.Service);
            change.Figures.Add(@case.Contribution(), sign);
            foreach (var theme in @case.Themes) change.ThemeDays.Add((theme, @case.ReceivedOn.DayNumber, sign));
        }

        foreach (var stream in byCase)
        {
            var @case = known.GetValueOrDefault(stream.Key);
            if (@case is not null) Change(@case, -1);
            foreach (var e in stream)
            {
                if (@case is null) @case = ReportedCase.Open(e.Data, calendar);
                else @case.Apply(e.Data, calendar);
            }

            // A stream that is not a case (or whose opening event this projection never saw) reports nothing.
            if (@case is null) continue;
            Change(@case, 1);
            operations.Store(@case);
        }

        var reports = (await operations.LoadManyAsync<LearningReport>(cancellation, changes.Keys)).ToDictionary(r => r.Id, StringComparer.Ordinal);
        var themeDays = (await operations.LoadManyAsync<ThemeDays>(cancellation, changes.Keys)).ToDictionary(d => d.Id, StringComparer.Ordinal);
        foreach (var (id, change) in changes)
        {
            var report = reports.GetValueOrDefault(id) ?? new LearningReport { Id = id, Month = change.Month, Service = change.Service };
            report.Figures.Add(change.Figures);

            var days = themeDays.GetValueOrDefault(id) ?? new ThemeDays { Id = id };
            foreach (var (theme, day, sign) in change.ThemeDays) days.Add(theme, day, sign);
            foreach (var theme in change.ThemeDays.Select(t => t.Theme).Distinct(StringComparer.Ordinal))
            {
                if (days.SpanOf(theme) is { } span) report.ThemeSpans[theme] = span;
                else report.ThemeSpans.Remove(theme);
            }

            operations.Store(report);
            operations.Store(days);
        }
    }

    /// <summary>What one page of events changes in one month and service.</summary>
    private sealed record MonthChange(string Month, string Service)
    {
        public LearningFigures Figures { get; } = new();

        public List<(string Theme, int Day, int Sign)> ThemeDays { get; } = [];
    }
}
