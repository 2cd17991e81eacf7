namespace CaseTracker.LoadGenerator;

/// <summary>
/// One simulated caseworker: picks the next request from the mix and remembers the cases they raised,
/// so that each complaint is acknowledged once and notes and apologies go to cases that exist.
/// Writes go to the worker's own cases, as a handler works their own caseload; reads go anywhere.
/// </summary>
public sealed class ClientWorkload(Mix mix, int seed, IReadOnlyList<Guid> sharedCases)
{
    /// <summary>Sample wordings (names, services, texts) a request may choose from.</summary>
    public const int Variants = 8;

    private readonly Random _random = new(seed);
    private readonly List<Guid> _own = [];
    private readonly Queue<Guid> _unacknowledged = new();

    public CaseRequest Next()
    {
        var operation = mix.Pick(_random);
        if (operation == Operation.Acknowledge && !_unacknowledged.TryPeek(out _))
            operation = mix.Raises ? Operation.RaiseComplaint : Operation.AddNote;
        if (operation.NeedsCase() && _own.Count == 0 && sharedCases.Count == 0 && mix.Raises)
            operation = Operation.RaiseComplaint;

        var variant = _random.Next(Variants);
        return operation switch
        {
            Operation.RaiseComplaint or Operation.ListCases => new CaseRequest(operation, Guid.Empty, variant),
            Operation.Acknowledge => new CaseRequest(operation, _unacknowledged.Dequeue(), variant),
            _ when operation.IsCommand() => new CaseRequest(operation, _own.Count > 0 ? Pick(_own) : Pick(sharedCases), variant),
            _ => new CaseRequest(operation, _own.Count > 0 && (sharedCases.Count == 0 || _random.Next(2) == 0) ? Pick(_own) : Pick(sharedCases), variant),
        };
    }

    public void Observe(CaseRequest request, Outcome outcome)
    {
        if (request.Operation != Operation.RaiseComplaint || outcome.CreatedCase is not { } created) return;
        _own.Add(created);
        _unacknowledged.Enqueue(created);
    }

    public IReadOnlyList<Guid> OwnCases => _own;

    private Guid Pick(IReadOnlyList<Guid> cases) =>
        cases.Count > 0 ? cases[_random.Next(cases.Count)] : throw new InvalidOperationException("No cases to work on: this mix needs existing cases.");
}
