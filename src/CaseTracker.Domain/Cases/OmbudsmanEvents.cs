using CaseTracker.Domain.Privacy;

namespace CaseTracker.Domain.Cases;

/// <summary>Local Government and Social Care Ombudsman; Parliamentary and Health Service Ombudsman.</summary>
public enum Ombudsman { LGSCO, PHSO }

public enum OmbudsmanOutcome { Upheld, PartlyUpheld, NotUpheld, NotInvestigated }

public sealed record CaseEscalatedToOmbudsman(Ombudsman Ombudsman, DateOnly EscalatedOn, string? OmbudsmanReference, bool AfterFinalResponse, string By, DateTimeOffset At);

public sealed record OmbudsmanDecisionRecorded(Ombudsman Ombudsman, DateOnly DecidedOn, OmbudsmanOutcome Outcome, [property: PersonalData] string? Summary, string By, DateTimeOffset At);
