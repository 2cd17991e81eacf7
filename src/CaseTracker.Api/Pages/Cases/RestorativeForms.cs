using CaseTracker.Domain.Cases;

namespace CaseTracker.Api.Pages.Cases;

/// <summary>
/// The fields of the restorative workspace's forms, as posted; the page turns each into the API's
/// own request record, so validation and rules are the API's.
/// </summary>
public sealed class RestorativeForms
{
    /// <summary>How many commitments the agreement form offers rows for; empty rows are left out.</summary>
    public const int CommitmentRows = 3;

    public string? Facilitator { get; set; }
    public string? OfferedTo { get; set; }

    public string? AcceptNotes { get; set; }
    public string? DeclineReason { get; set; }

    public string? Who { get; set; }
    /// <summary>One need a line.</summary>
    public string? Needs { get; set; }
    public string? WhoseObligation { get; set; }

    /// <summary>When the meeting was held, in the service's local time; now when left empty.</summary>
    public DateTime? HeldAt { get; set; }
    public RestorativeFormat? Format { get; set; }
    public string? MeetingFacilitator { get; set; }
    /// <summary>One participant a line.</summary>
    public string? Participants { get; set; }

    public List<CommitmentRow> Commitments { get; set; } = [];

    /// <summary>Which agreement a follow-up is for.</summary>
    public Guid AgreementId { get; set; }
    public bool? Kept { get; set; }
    public string? FollowUpNotes { get; set; }

    /// <summary>The rows someone wrote in: a row with nothing in it is not a commitment.</summary>
    public List<CommitmentRow> FilledCommitments() =>
        Commitments.Where(c => !string.IsNullOrWhiteSpace(c.What) || !string.IsNullOrWhiteSpace(c.Owner) || c.DueBy is not null).ToList();

    /// <summary>
    /// The rows to draw: those sent with something in them (in the order the API numbered them in
    /// its errors), then empty ones up to <see cref="CommitmentRows"/>.
    /// </summary>
    public IReadOnlyList<CommitmentRow> RowsToDraw()
    {
        var filled = FilledCommitments();
        return [.. filled, .. Enumerable.Range(0, Math.Max(0, CommitmentRows - filled.Count)).Select(_ => new CommitmentRow())];
    }
}

public sealed class CommitmentRow
{
    public string? What { get; set; }
    public string? Owner { get; set; }
    public DateOnly? DueBy { get; set; }
}
