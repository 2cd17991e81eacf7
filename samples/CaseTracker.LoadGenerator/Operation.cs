namespace CaseTracker.LoadGenerator;

/// <summary>What a caseworker does to the service, one request each.</summary>
public enum Operation { RaiseComplaint, Acknowledge, AddNote, Apologise, ReadCase, ReadTimeline, ListCases }

/// <summary>One request to make: the operation, the case it is about (none for a raise or the list) and which of the sample wordings to use.</summary>
public sealed record CaseRequest(Operation Operation, Guid CaseId, int Variant);

/// <summary>How a request ended: the HTTP status (or its in-process equivalent) and, for a raise, the new case.</summary>
public sealed record Outcome(int Status, Guid? CreatedCase = null)
{
    public bool Succeeded => Status is >= 200 and < 300;
}

public static class Operations
{
    public static bool IsCommand(this Operation operation) =>
        operation is Operation.RaiseComplaint or Operation.Acknowledge or Operation.AddNote or Operation.Apologise;

    public static bool NeedsCase(this Operation operation) => operation is not (Operation.RaiseComplaint or Operation.ListCases);
}

/// <summary>Somewhere requests can be sent: the API over HTTP, or (in the benchmarks) the same work without HTTP.</summary>
public interface ICaseTarget
{
    Task<Outcome> RunAsync(CaseRequest request, CancellationToken ct);
}
