namespace CaseTracker.Api.Audit.Checkpoints;

/// <summary>
/// A checkpoint as one organisation sees it: when it was taken, the root over every stream head in
/// the store, and the root, stream count and event count of the organisation's own cases. Other
/// organisations' figures are not shown; their streams are in the store root only as hashes.
/// </summary>
public sealed record Checkpoint(long Id, DateTimeOffset TakenAt, string Reason, string StoreRoot, TenantCheckpoint Tenant);

/// <param name="Root">The Merkle root over this organisation's stream heads (of no leaves when it had no cases).</param>
public sealed record TenantCheckpoint(long Streams, long Events, string Root);
