using Marten.Schema;

namespace CaseTracker.Api.Cases.Raising;

/// <summary>
/// The last reference number given in a year, per tenant. It is updated in the same transaction
/// as the new case stream, with an optimistic version check, so numbers are unique and gap-free:
/// a failed raise rolls its number back with it.
/// </summary>
[UseOptimisticConcurrency]
public sealed class CaseReferenceCounter
{
    public string Id { get; set; } = "";
    public int Last { get; set; }

    public static string IdFor(int year) => $"references-{year}";

    public static string Format(int year, int number) => $"CT-{year}-{number:D6}";
}
