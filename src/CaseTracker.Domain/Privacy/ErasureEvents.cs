using CaseTracker.Domain.Cases;

namespace CaseTracker.Domain.Privacy;

/// <summary>The lawful grounds for erasure (UK GDPR art. 17(1)) a data protection officer records.</summary>
public enum ErasureGround
{
    NoLongerNecessary,
    ConsentWithdrawn,
    ObjectionUpheld,
    UnlawfullyProcessed,
    LegalObligation,
}

/// <summary>
/// Erase the personal data of the people a case concerns. Allowed in any state of the case:
/// erasure requests usually come long after a case is closed. The store says how many earlier
/// events it masked, so the record of the erasure can say so too.
/// </summary>
public sealed record ErasePersonalData(ErasureGround Ground, string Reason, int EventsMasked) : CaseCommand, IAllowedAfterClosure;

/// <summary>
/// Personal data in this case's earlier events was masked on a lawful request. Dates, outcomes,
/// themes and counts stand; so does this record of who erased what, when, and on what ground.
/// </summary>
public sealed record PersonalDataErased(ErasureGround Ground, string Reason, int EventsMasked, string By, DateTimeOffset At);
