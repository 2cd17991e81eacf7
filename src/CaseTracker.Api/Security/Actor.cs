using System.Security.Claims;

namespace CaseTracker.Api.Security;

/// <summary>The person acting, as the token says: who they are, in which organisation (tenant), in what role.</summary>
public sealed record Actor(string UserId, string Name, string Role, string Tenant)
{
    public const string TenantClaim = "tenant";
    public const string RoleClaim = "role";
    public const string NameClaim = "name";
    public const string SubjectClaim = "sub";

    public static Actor From(ClaimsPrincipal user) => new(
        user.FindFirstValue(SubjectClaim) ?? throw new InvalidOperationException("An authenticated user always has a subject."),
        user.FindFirstValue(NameClaim) ?? user.FindFirstValue(SubjectClaim)!,
        user.FindFirstValue(RoleClaim) ?? string.Empty,
        user.FindFirstValue(TenantClaim) ?? throw new InvalidOperationException("An authenticated user always has a tenant."));
}
