namespace CaseTracker.Domain.Cases;

// Appended by CaseTracker itself when a statutory or agreed deadline passes with the duty undone.
// By is the system; OverdueSince is the first instant after the due day ended (Europe/London),
// At is when CaseTracker noticed. Each is appended at most once per duty and due date.

public sealed record AcknowledgementOverdue(DateOnly DueBy, DateTimeOffset OverdueSince, string By, DateTimeOffset At);

public sealed record ResponseOverdue(DateOnly DueBy, DateTimeOffset OverdueSince, string By, DateTimeOffset At);

/// <summary>Six months passed without a final response: the complainant must be told why (reg 14(2)).</summary>
public sealed record SixMonthLetterDue(DateOnly DueBy, DateTimeOffset OverdueSince, string By, DateTimeOffset At);

public sealed record CandourOverdue(DateOnly DueBy, DateTimeOffset OverdueSince, string By, DateTimeOffset At);

public sealed record ActionOverdue(Guid ActionId, DateOnly DueBy, DateTimeOffset OverdueSince, string By, DateTimeOffset At);
