namespace CaseTracker.Domain.Privacy;

/// <summary>
/// Marks an event member that holds personal data about the people a case concerns: names,
/// contact details, and free text about their circumstances. Such members are masked when a
/// lawful erasure request is honoured; everything unmarked (dates, outcomes, themes, counts, and
/// the names of staff acting) is the accountability skeleton that survives.
/// </summary>
[AttributeUsage(AttributeTargets.Property | AttributeTargets.Parameter, Inherited = false)]
public sealed class PersonalDataAttribute : Attribute;
