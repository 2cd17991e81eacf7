namespace CaseTracker.Domain.Cases;

/// <summary>Everything the decider may know besides the command and the case: who acts, when, and which days count.</summary>
public sealed record DecisionContext(string Actor, DateTimeOffset Now, Calendar.WorkingDayCalendar Calendar)
{
    public CasePolicy Policy { get; init; } = CasePolicy.Default;
}

/// <summary>A rule of the case that a command would break. <see cref="Rule"/> is a stable kebab-case name used in problem types.</summary>
public sealed record RuleViolation(string Rule, string Detail);

/// <summary>The decider's answer: the events to append (possibly none), or the rule that was broken.</summary>
public sealed record Decision
{
    private Decision(IReadOnlyList<object> events, RuleViolation? violation)
    {
        Events = events;
        Violation = violation;
    }

    public IReadOnlyList<object> Events { get; }

    public RuleViolation? Violation { get; }

    public bool IsAccepted => Violation is null;

    public static Decision Accept(params object[] events) => new(events, null);

    public static Decision Reject(string rule, string detail) => new([], new RuleViolation(rule, detail));
}
