namespace CaseTracker.Api.Cases.Raising;

/// <summary>The answer to a raise: the new case's id and the reference people will quote.</summary>
public sealed record CaseCreated(Guid Id, string Reference);
