using System.Collections.Frozen;

namespace CaseTracker.Api.Security;

/// <summary>
/// The one place that says which role may do what (docs/security.md shows the same table).
/// Auditors read everything and write nothing; admins administer but do not work cases, so that
/// every change to a case is made by someone accountable for it.
/// </summary>
public static class PermissionMatrix
{
    public static readonly FrozenDictionary<string, FrozenSet<Permission>> Grants = new Dictionary<string, FrozenSet<Permission>>
    {
        [Roles.Handler] = new[]
        {
            Permission.RaiseCases, Permission.WorkCases, Permission.AdvocacyAndFeedback, Permission.AddNotes,
            Permission.ReadCases, Permission.ReadContactDetails, Permission.ReadReports,
        }.ToFrozenSet(),
        [Roles.Facilitator] = new[]
        {
            Permission.RestorativeWork, Permission.AdvocacyAndFeedback, Permission.AddNotes,
            Permission.ReadCases, Permission.ReadContactDetails, Permission.ReadReports,
        }.ToFrozenSet(),
        [Roles.Auditor] = new[]
        {
            Permission.ReadCases, Permission.ReadAudit, Permission.ReadReports,
        }.ToFrozenSet(),
        [Roles.Admin] = new[]
        {
            Permission.ReadCases, Permission.ReadAudit, Permission.ReadReports, Permission.Administer,
        }.ToFrozenSet(),
    }.ToFrozenDictionary();

    public static bool Allows(string role, Permission permission) =>
        Grants.TryGetValue(role, out var granted) && granted.Contains(permission);

    public static IEnumerable<string> RolesWith(Permission permission) =>
        Grants.Where(g => g.Value.Contains(permission)).Select(g => g.Key);

    public static string PolicyName(Permission permission) => "permission:" + permission;
}
