namespace CaseTracker.Domain.Cases;

// The words a complaints manager uses. Stored as strings in events and JSON, so renaming a member
// is a breaking change to history: add members, never rename them.

public enum CaseKind { Complaint, HarmIncident }

public enum CaseStatus { Open, Acknowledged, Responded, Closed, Withdrawn }

public enum Channel { Phone, Email, Letter, InPerson, WebForm, Advocate, Other }

public enum ComplainantRole { ServiceUser, FamilyMember, Carer, Friend, Advocate, Representative, Other }

public enum PhysicalHarm { None, Low, Moderate, Severe, Fatal }

public enum PsychologicalHarm { None, Low, Moderate, Severe, Prolonged }

public enum ApologyMethod { InPerson, Phone, Letter, Email, Meeting }

/// <summary>PSIRF learning responses, plus the ordinary local complaint review.</summary>
public enum ReviewKind { LocalReview, AfterActionReview, SwarmHuddle, MultidisciplinaryReview, ThematicReview, PatientSafetyIncidentInvestigation }

public enum LearningLevel { Individual, Team, Service, Organisation, System }

public enum ComplaintOutcome { Upheld, PartlyUpheld, NotUpheld }

/// <summary>Sources of avoidable harm named by the service-user research behind the briefing.</summary>
public enum AvoidableHarmSource
{
    SystemsAndBureaucracy,
    StigmaAndDiscrimination,
    FragmentedServices,
    DisruptionOrLackOfSupport,
    OppressiveOrDefensiveCulture,
    StaffMisconductOrAbuse,
    NeglectfulDefensiveOrControllingPractice,
}

/// <summary>How to reach the person who complained. Personal data: masked on erasure.</summary>
public sealed record ContactDetails(string? Email, string? Phone, string? Address);

/// <summary>The person who complained, in the role they complained in.</summary>
public sealed record Complainant(string Name, ComplainantRole Role, ContactDetails Contact);
