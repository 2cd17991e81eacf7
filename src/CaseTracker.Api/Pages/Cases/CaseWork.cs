using CaseTracker.Api.Cases;
using CaseTracker.Domain.Cases;
using Marten;

namespace CaseTracker.Api.Pages.Cases;

/// <summary>The case's reviews as the case page lists them, so that one can be added to or completed.</summary>
public sealed record ReviewItem(Guid ReviewId, ReviewKind Kind, string Lead, string? Scope, int Findings, bool Completed);

/// <summary>A committed action as the case page lists it, so that it can be completed.</summary>
public sealed record ActionItem(Guid ActionId, string Description, string Owner, DateOnly DueBy, bool Completed);

/// <summary>
/// What the case page needs beyond the summary to offer the next actions: the reviews and actions
/// (by id, with their words) and the decider's own state (candour, advocacy), folded from the
/// case's stream with the domain's own Evolve, so the page offers what the decider would allow.
/// </summary>
public sealed record CaseWork(CaseState? State, IReadOnlyList<ReviewItem> Reviews, IReadOnlyList<ActionItem> Actions)
{
    public static async Task<CaseWork> Read(CaseSessions sessions, Actor actor, Guid caseId, CancellationToken ct)
    {
        await using var query = sessions.ForReading(actor);
        var events = await query.Events.FetchStreamAsync(caseId, token: ct);
        CaseState? state = null;
        var reviews = new List<ReviewItem>();
        var actions = new List<ActionItem>();
        foreach (var data in events.Select(e => e.Data))
        {
            state = CaseState.Evolve(state, data);
            switch (data)
            {
                case ReviewStarted e: reviews.Add(new ReviewItem(e.ReviewId, e.Kind, e.Lead, e.Scope, 0, false)); break;
                case FindingRecorded e: Update(reviews, r => r.ReviewId == e.ReviewId, r => r with { Findings = r.Findings + 1 }); break;
                case ReviewCompleted e: Update(reviews, r => r.ReviewId == e.ReviewId, r => r with { Completed = true }); break;
                case ActionCommitted e: actions.Add(new ActionItem(e.ActionId, e.Description, e.Owner, e.DueBy, false)); break;
                case ActionCompleted e: Update(actions, a => a.ActionId == e.ActionId, a => a with { Completed = true }); break;
            }
        }

        return new CaseWork(state, reviews, actions);
    }

    public IEnumerable<ReviewItem> OpenReviews => Reviews.Where(r => !r.Completed);
    public IEnumerable<ActionItem> OpenActions => Actions.Where(a => !a.Completed);

    private static void Update<T>(List<T> items, Predicate<T> which, Func<T, T> change)
    {
        var index = items.FindIndex(which);
        if (index >= 0) items[index] = change(items[index]);
    }
}
