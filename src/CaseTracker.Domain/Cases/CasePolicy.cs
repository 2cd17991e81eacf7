namespace CaseTracker.Domain.Cases;

/// <summary>
/// Local policies the law leaves to the provider. Candour must happen "as soon as reasonably
/// practicable"; many providers set 10 working days after the incident is declared notifiable.
/// </summary>
public sealed record CasePolicy(int CandourWorkingDays = CasePolicy.DefaultCandourWorkingDays)
{
    public const int DefaultCandourWorkingDays = 10;

    public static CasePolicy Default { get; } = new();
}
