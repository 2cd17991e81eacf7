using Microsoft.AspNetCore.Authorization;

namespace CaseTracker.Api.Security;

/// <summary>
/// Declares the permission an endpoint needs. Every /api endpoint must carry one: the host refuses
/// to start otherwise, so a new endpoint cannot be forgotten open.
/// </summary>
[AttributeUsage(AttributeTargets.Method)]
public sealed class RequiresAttribute(Permission permission) : AuthorizeAttribute(PermissionMatrix.PolicyName(permission))
{
    public Permission Permission { get; } = permission;
}
