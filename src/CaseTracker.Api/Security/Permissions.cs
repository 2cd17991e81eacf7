using Microsoft.AspNetCore.Authorization;
using Wolverine.Http;

namespace CaseTracker.Api.Security;

/// <summary>
/// Who may change things. Every role reads its organisation's cases; auditors read everything and
/// write nothing — every non-GET endpoint answers them 403 — and only admins run store-wide
/// operations such as taking an integrity checkpoint.
/// </summary>
public static class Permissions
{
    public const string Write = "casetracker-write";
    public const string Administer = "casetracker-administer";

    public static AuthorizationBuilder AddCaseTrackerPermissions(this AuthorizationBuilder authorization) => authorization
        .AddPolicy(Write, policy => policy.RequireRole(Roles.Handler, Roles.Facilitator, Roles.Admin))
        .AddPolicy(Administer, policy => policy.RequireRole(Roles.Admin));

    /// <summary>Applied to every endpoint, so that a new write endpoint cannot forget it.</summary>
    public static void Apply(HttpChain endpoint)
    {
        if (endpoint.HttpMethods.Any(method => !HttpMethods.IsGet(method) && !HttpMethods.IsHead(method)))
            endpoint.RequireAuthorization(Write);
    }
}
