using System.Text.Json;
using System.Text.Json.Serialization;

namespace CaseTracker.Domain.Tests;

/// <summary>
/// Given what has happened to a case, when someone asks something of it, then these events are
/// recorded — or this rule is broken. Every story is told by <see cref="Actor"/> at <see cref="Now"/>
/// against the shipped England and Wales calendar, unless it says otherwise with <see cref="GivenHistory.At"/>.
/// </summary>
public static class Scenario
{
    /// <summary>The person asking.</summary>
    public const string Actor = "alice";

    /// <summary>Thursday 16 July 2026, 10:00 in London (BST).</summary>
    public static readonly DateTimeOffset Now = new(2026, 7, 16, 10, 0, 0, TimeSpan.FromHours(1));

    public static WorkingDayCalendar Calendar => WorkingDayCalendar.EnglandAndWales;

    public static GivenHistory Given(params object[] events) => new(events, Now);

    /// <summary>A case nobody has raised yet.</summary>
    public static GivenHistory GivenNoCase() => new([], Now);
}

public sealed class GivenHistory
{
    private readonly IReadOnlyList<object> _events;
    private readonly DateTimeOffset _now;

    internal GivenHistory(IReadOnlyList<object> events, DateTimeOffset now)
    {
        _events = events;
        _now = now;
    }

    /// <summary>Tells the story at another moment than <see cref="Scenario.Now"/>.</summary>
    public GivenHistory At(DateTimeOffset now) => new(_events, now);

    public Outcome When(CaseCommand command)
    {
        var state = CaseState.From(_events);
        if (_events.Count > 0)
            Assert.True(state is not null, "The given events do not fold into a case: the story starts wrongly.");
        var context = new DecisionContext(Scenario.Actor, _now, Scenario.Calendar);
        return new Outcome(state, CaseDecider.Decide(command, state, context));
    }
}

public sealed class Outcome
{
    private static readonly JsonSerializerOptions Readable = new()
    {
        Converters = { new JsonStringEnumConverter() },
    };

    private readonly CaseState? _before;

    internal Outcome(CaseState? before, Decision decision)
    {
        _before = before;
        Decision = decision;
    }

    public Decision Decision { get; }

    /// <summary>
    /// The command is accepted and records exactly these events, compared by value: records holding
    /// lists compare those lists by reference, so each event is compared as its type and its JSON.
    /// No expected events means "accepted, and nothing needed recording".
    /// </summary>
    public void Then(params object[] expected)
    {
        Assert.True(Decision.IsAccepted, $"Expected events but the rule {Decision.Violation?.Rule} was broken: {Decision.Violation?.Detail}");
        Assert.Equal(expected.Select(Describe), Decision.Events.Select(Describe));

        // What was recorded must be something the case can remember.
        var after = Decision.Events.Aggregate(_before, CaseState.Evolve);
        Assert.NotNull(after);
    }

    /// <summary>The command breaks <paramref name="rule"/>, records nothing and says why in words.</summary>
    public void ThenRejects(string rule)
    {
        Assert.False(Decision.IsAccepted, $"Expected the rule {rule} to be broken, but these were recorded: {string.Join(", ", Decision.Events.Select(Describe))}");
        Assert.Equal(rule, Decision.Violation!.Rule);
        Assert.Empty(Decision.Events);
        Assert.False(string.IsNullOrWhiteSpace(Decision.Violation.Detail), "A broken rule must be explained to the person who broke it.");
    }

    private static string Describe(object @event) =>
        $"{@event.GetType().Name} {JsonSerializer.Serialize(@event, @event.GetType(), Readable)}";
}
