using Wolverine;

namespace CaseTracker.Api.Hosting;

/// <summary>
/// Whether this process is the only one (CaseTracker:Solo, for tests and local runs) or one of several
/// nodes over one PostgreSQL, and how quickly the nodes notice one that has gone (CaseTracker:Nodes:*).
/// </summary>
public static class Nodes
{
    public const string SoloKey = "CaseTracker:Solo";
    public const string HealthCheckKey = "CaseTracker:Nodes:HealthCheckSeconds";
    public const string StaleAfterKey = "CaseTracker:Nodes:StaleAfterSeconds";
    public const string CheckAssignmentsKey = "CaseTracker:Nodes:CheckAssignmentsSeconds";

    public static bool IsSolo(IConfiguration configuration) => configuration.GetValue(SoloKey, false);

    /// <summary>
    /// Every node writes a heartbeat to wolverine_nodes each health check. A node whose heartbeat is older
    /// than the stale limit is taken for dead: the leader moves its agents (the learning-report projection)
    /// to the living, and the orphan sweep frees the messages it had claimed. A dead leader's advisory lock
    /// goes with its connection, so another node leads from its next health check. The defaults are
    /// Wolverine's own (10 s, 60 s, 30 s); tests shorten them to see a takeover within seconds.
    /// </summary>
    public static void ApplyTo(DurabilitySettings durability, IConfiguration configuration)
    {
        var healthCheck = Seconds(configuration, HealthCheckKey, 10);
        var staleAfter = Seconds(configuration, StaleAfterKey, 60);
        // A heartbeat delayed by one busy moment must not get a living node ejected and its work moved.
        if (staleAfter < healthCheck * 3)
            throw new InvalidOperationException($"{StaleAfterKey} must be at least three times {HealthCheckKey}.");
        durability.HealthCheckPollingTime = healthCheck;
        durability.StaleNodeTimeout = staleAfter;
        durability.CheckAssignmentPeriod = Seconds(configuration, CheckAssignmentsKey, 30);
    }

    private static TimeSpan Seconds(IConfiguration configuration, string key, double fallback)
    {
        var seconds = configuration.GetValue(key, fallback);
        if (seconds is <= 0 or > 3600) throw new InvalidOperationException($"{key} must be between 0 and 3600 seconds.");
        return TimeSpan.FromSeconds(seconds);
    }
}
