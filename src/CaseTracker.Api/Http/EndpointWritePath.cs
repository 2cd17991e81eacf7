using CaseTracker.Api.Cases;
using CaseTracker.Api.Cases.Raising;
using Microsoft.AspNetCore.Mvc.Controllers;

namespace CaseTracker.Api.Http;

/// <summary>
/// Which shared write path an endpoint goes through, read from its method's parameters. What
/// the write paths answer and read is described once, from this, for every endpoint using them.
/// </summary>
public sealed record EndpointWritePath(bool WritesCase, bool CreatesCase)
{
    public static EndpointWritePath Of(Microsoft.AspNetCore.Mvc.ApiExplorer.ApiDescription api)
    {
        var uses = (api.ActionDescriptor as ControllerActionDescriptor)?.MethodInfo.GetParameters().Select(p => p.ParameterType).ToHashSet() ?? [];
        return new EndpointWritePath(uses.Contains(typeof(CaseCommandHandler)), uses.Contains(typeof(CaseCreation)));
    }
}
