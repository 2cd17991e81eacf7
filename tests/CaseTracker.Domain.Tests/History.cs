namespace CaseTracker.Domain.Tests;

/// <summary>
/// One complaint's life, told as the events a colleague (<see cref="Colleague"/>) recorded before the story starts.
/// Sam Taylor complains on Monday 1 June 2026 about their brother's care plan; the acknowledgement is due
/// on Thursday 4 June; a response is agreed for Friday 31 July.
/// </summary>
public static class History
{
    public const string Colleague = "bob";

    public static readonly Guid CaseId = new("5b0d7a0e-2f4c-4a8e-9d57-1c2b3a4d5e01");
    public const string Reference = "CT-2026-000123";

    public static readonly DateTimeOffset ReceivedAt = London(2026, 6, 1, 9, 15);
    public static readonly DateOnly AcknowledgementDueBy = new(2026, 6, 4);
    public static readonly DateOnly SixMonthDate = new(2026, 12, 1);
    public static readonly DateOnly EventDate = new(2026, 5, 20);
    public static readonly DateTimeOffset AcknowledgedAt = London(2026, 6, 3, 14, 0);
    public static readonly DateOnly ResponseDueBy = new(2026, 7, 31);
    public static readonly DateTimeOffset FinalResponseSentAt = London(2026, 7, 14, 15, 0);

    public static readonly Complainant Sam = new("Sam Taylor", ComplainantRole.FamilyMember, new ContactDetails("sam@example.org", null, null));

    public static readonly Guid IncidentId = new("5b0d7a0e-2f4c-4a8e-9d57-1c2b3a4d5e02");
    public static readonly DateTimeOffset IncidentOccurredAt = London(2026, 6, 6, 22, 40);

    public static readonly Guid ReviewId = new("00000000-0000-0000-0000-0000000000a1");
    public static readonly Guid FindingId = new("00000000-0000-0000-0000-0000000000f1");
    public static readonly Guid LearningId = new("00000000-0000-0000-0000-0000000000b1");
    public static readonly Guid ActionId = new("00000000-0000-0000-0000-0000000000c1");
    public static readonly Guid OtherActionId = new("00000000-0000-0000-0000-0000000000c2");
    public static readonly Guid NoteId = new("00000000-0000-0000-0000-0000000000d1");

    /// <summary>A wall-clock time in London, with the offset London used that day.</summary>
    public static DateTimeOffset London(int year, int month, int day, int hour, int minute)
    {
        var local = new DateTime(year, month, day, hour, minute, 0, DateTimeKind.Unspecified);
        return new DateTimeOffset(local, WorkingDayCalendar.EnglandAndWales.TimeZone.GetUtcOffset(local));
    }

    public static RaiseComplaint SamComplains(DateTimeOffset? receivedAt = null, DateOnly? eventDate = null) => new(
        CaseId, Reference, receivedAt ?? ReceivedAt, Channel.Email, Sam, "Alex Taylor", "Community mental health team (North)",
        "The care plan was changed without anyone talking to Alex or to me.",
        ["Assessment and care planning"], "A care plan review with Alex present", ["Large print letters"], eventDate ?? EventDate);

    public static ComplaintRaised SamComplained { get; } = new(
        CaseId, Reference, ReceivedAt, Channel.Email, Sam, "Alex Taylor", "Community mental health team (North)",
        "The care plan was changed without anyone talking to Alex or to me.",
        ["Assessment and care planning"], "A care plan review with Alex present", ["Large print letters"], EventDate,
        AcknowledgementDueBy, SixMonthDate, MadeAfterTimeLimit: false, Colleague, ReceivedAt.AddMinutes(20));

    public static ReportHarmIncident IncidentIsReported(DateTimeOffset? occurredAt = null) => new(
        IncidentId, "CT-2026-000124", occurredAt ?? IncidentOccurredAt, "Night staff, Cedar ward", "Cedar ward",
        "A resident left the ward unnoticed and was found distressed two hours later.",
        PhysicalHarm.Low, PsychologicalHarm.Moderate, 1);

    public static HarmIncidentReported IncidentWasReported { get; } = new(
        IncidentId, "CT-2026-000124", IncidentOccurredAt, "Night staff, Cedar ward", "Cedar ward",
        "A resident left the ward unnoticed and was found distressed two hours later.",
        PhysicalHarm.Low, PsychologicalHarm.Moderate, 1, Colleague, IncidentOccurredAt.AddHours(1));

    public static ComplaintAcknowledged ComplaintWasAcknowledged(DateOnly? responseDueBy = null) => new(
        AcknowledgedAt, AcknowledgementDueBy, OnTime: true, responseDueBy ?? ResponseDueBy,
        "Phoned Sam; agreed to reply by the end of July.", Colleague, AcknowledgedAt);

    /// <summary>Acknowledged, but without agreeing a response date yet.</summary>
    public static ComplaintAcknowledged ComplaintWasAcknowledgedWithoutADate { get; } = new(
        AcknowledgedAt, AcknowledgementDueBy, OnTime: true, null, null, Colleague, AcknowledgedAt);

    public static HandlerAssigned HandlerWasAssigned(string handler, string? previous = null) =>
        new(handler, previous, Colleague, ReceivedAt.AddHours(2));

    public static ResponseDeadlineAgreed ResponseDateWasAgreed(DateOnly dueBy) =>
        new(dueBy, Colleague, AcknowledgedAt.AddHours(1));

    public static FinalResponseSent FinalResponseWasSent { get; } = new(
        FinalResponseSentAt, ComplaintOutcome.PartlyUpheld, "We should have involved Alex and Sam; the plan is being reviewed.",
        OmbudsmanRightsExplained: true, "Director of Adult Social Care", Colleague, FinalResponseSentAt);

    public static ReviewStarted ReviewWasStarted { get; } = new(
        ReviewId, ReviewKind.LocalReview, "Priya Shah", "Care planning decisions since April", Colleague, ReceivedAt.AddDays(3));

    public static ReviewCompleted ReviewWasCompleted { get; } = new(
        ReviewId, "Changes were made without the person present.", Colleague, ReceivedAt.AddDays(20));

    public static ActionCommitted ActionWasCommitted(Guid? actionId = null) => new(
        actionId ?? ActionId, "Review Alex's care plan with Alex and Sam present", "Priya Shah", new DateOnly(2026, 8, 14),
        Colleague, ReceivedAt.AddDays(21));

    public static ActionCompleted ActionWasCompleted(Guid? actionId = null) => new(
        actionId ?? ActionId, "Review meeting held on 5 August; minutes on file", Colleague, ReceivedAt.AddDays(40));

    public static CaseClosed CaseWasClosed { get; } = new(null, 0, Colleague, FinalResponseSentAt.AddDays(1));

    public static CaseReopened CaseWasReopened { get; } = new("Sam wrote back: the review meeting never happened.", Colleague, FinalResponseSentAt.AddDays(1).AddHours(3));

    public static ComplaintWithdrawn ComplaintWasWithdrawn { get; } = new("Sam has resolved it with the team directly.", Colleague, ReceivedAt.AddDays(5));

    /// <summary>The complaint as it stands once it has been acknowledged and a response date agreed.</summary>
    public static object[] AnAcknowledgedComplaint => [SamComplained, ComplaintWasAcknowledged()];

    /// <summary>The complaint answered and closed with nothing left open.</summary>
    public static object[] AClosedComplaint => [SamComplained, ComplaintWasAcknowledged(), FinalResponseWasSent, CaseWasClosed];
}
