using System.Reflection;

namespace CaseTracker.Api.Security;

/// <summary>Applies each endpoint's declared permission, and refuses to start if an /api endpoint declares none.</summary>
public static class EndpointPermissions
{
    public static void Apply(HttpChain endpoint)
    {
        var route = endpoint.RoutePattern?.RawText ?? endpoint.DisplayName ?? "";
        if (!route.StartsWith("/api", StringComparison.Ordinal)) return;
        if (endpoint.Method.Method.GetCustomAttribute<RequiresAttribute>() is null)
        {
            throw new InvalidOperationException(
                $"{string.Join(",", endpoint.HttpMethods)} {route} declares no permission: add [Requires(Permission.…)] to its method.");
        }
    }
}
