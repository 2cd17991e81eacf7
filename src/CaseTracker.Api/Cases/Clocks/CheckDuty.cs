using CaseTracker.Domain.Cases;

namespace CaseTracker.Api.Cases.Clocks;

/// <summary>
/// A durable, scheduled question to a case: "is this duty, due by this date, still undone?" It carries
/// the tenant because it runs outside any request.
/// </summary>
public sealed record CheckDuty(Guid CaseId, string Tenant, DutyKind Kind, Guid? ActionId, DateOnly DueBy);
