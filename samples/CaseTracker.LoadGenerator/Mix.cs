namespace CaseTracker.LoadGenerator;

/// <summary>How often each operation comes up, as relative weights.</summary>
public sealed record Mix(string Name, IReadOnlyDictionary<Operation, int> Weights)
{
    /// <summary>
    /// A complaints team's working day: mostly reading cases and writing notes; every raised complaint
    /// is acknowledged once; apologies are rarer.
    /// </summary>
    public static readonly Mix Realistic = new("realistic", new Dictionary<Operation, int>
    {
        [Operation.RaiseComplaint] = 10, [Operation.Acknowledge] = 10, [Operation.AddNote] = 20, [Operation.Apologise] = 5,
        [Operation.ReadCase] = 25, [Operation.ReadTimeline] = 20, [Operation.ListCases] = 10,
    });

    /// <summary>Writes only, in the same proportions as <see cref="Realistic"/>.</summary>
    public static readonly Mix Commands = new("commands", new Dictionary<Operation, int>
    {
        [Operation.RaiseComplaint] = 10, [Operation.Acknowledge] = 10, [Operation.AddNote] = 20, [Operation.Apologise] = 5,
    });

    /// <summary>Reads of single cases: the summary and the timeline, half each.</summary>
    public static readonly Mix Reads = new("reads", new Dictionary<Operation, int>
    {
        [Operation.ReadCase] = 1, [Operation.ReadTimeline] = 1,
    });

    public static Mix? Named(string name) => new[] { Realistic, Commands, Reads }.FirstOrDefault(m => m.Name == name);

    public Operation Pick(Random random)
    {
        var roll = random.Next(Weights.Values.Sum());
        foreach (var (operation, weight) in Weights)
        {
            if (roll < weight) return operation;
            roll -= weight;
        }

        throw new InvalidOperationException("Weights changed while picking.");
    }

    public bool Raises => Weights.GetValueOrDefault(Operation.RaiseComplaint) > 0;
}
