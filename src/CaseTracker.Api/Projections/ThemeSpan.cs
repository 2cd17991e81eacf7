namespace CaseTracker.Api.Projections;

/// <summary>
/// How a learning theme fell across one month's cases in one service: all a repeat-theme count needs.
/// A month is shorter than the 90-day window, so within it every case but the first repeats an earlier one;
/// only whether the first does needs looking back, from its first day to the last day of an earlier month.
/// </summary>
/// <param name="Cases">Cases received in the month whose learning names the theme.</param>
/// <param name="FirstDay">The earliest day one of them was received (<see cref="DateOnly.DayNumber"/>).</param>
/// <param name="LastDay">The latest day one of them was received.</param>
public sealed record ThemeSpan(int Cases, int FirstDay, int LastDay);
