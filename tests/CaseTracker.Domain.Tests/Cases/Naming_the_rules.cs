using System.Reflection;
using System.Text.RegularExpressions;

namespace CaseTracker.Domain.Tests;

public partial class Naming_the_rules
{
    private static IReadOnlyList<string> AllRules =>
        [.. typeof(Rules).GetFields(BindingFlags.Public | BindingFlags.Static)
            .Where(f => f.IsLiteral && f.FieldType == typeof(string))
            .Select(f => (string)f.GetRawConstantValue()!)];

    [GeneratedRegex("^[a-z]+(-[a-z]+)*$")]
    private static partial Regex KebabCase();

    [Fact]
    public void every_rule_has_a_kebab_case_name_fit_for_a_problem_type()
    {
        Assert.NotEmpty(AllRules);
        Assert.All(AllRules, rule => Assert.Matches(KebabCase(), rule));
    }

    [Fact]
    public void no_two_rules_share_a_name()
    {
        Assert.Equal(AllRules.Count, AllRules.Distinct(StringComparer.Ordinal).Count());
    }

    private sealed record UnheardOf : CaseCommand;

    [Fact]
    public void a_command_the_decider_does_not_know_is_a_programming_error_not_a_broken_rule()
    {
        var state = CaseState.From([History.SamComplained]);
        var context = new DecisionContext(Actor, Now, WorkingDayCalendar.EnglandAndWales);

        Assert.Throws<ArgumentOutOfRangeException>(() => CaseDecider.Decide(new UnheardOf(), state, context));
    }
}
