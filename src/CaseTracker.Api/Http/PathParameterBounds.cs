using System.Reflection;
using Microsoft.AspNetCore.Mvc.Controllers;
using Microsoft.AspNetCore.OpenApi;
using Microsoft.OpenApi;

namespace CaseTracker.Api.Http;

/// <summary>
/// Route values read as text (a report's year) state the bound their endpoint method declares with
/// [MaxLength]: the generator describes query parameters' annotations but not route values'.
/// </summary>
public sealed class PathParameterBounds : IOpenApiOperationTransformer
{
    public Task TransformAsync(OpenApiOperation operation, OpenApiOperationTransformerContext context, CancellationToken cancellationToken)
    {
        var method = (context.Description.ActionDescriptor as ControllerActionDescriptor)?.MethodInfo;
        if (method is null || operation.Parameters is null) return Task.CompletedTask;
        foreach (var parameter in operation.Parameters.Where(p => p.In == ParameterLocation.Path))
        {
            var declared = method.GetParameters().FirstOrDefault(p => string.Equals(p.Name, parameter.Name, StringComparison.Ordinal));
            if (declared?.GetCustomAttribute<MaxLengthAttribute>() is { } max && parameter.Schema is OpenApiSchema { MaxLength: null } schema)
                schema.MaxLength = max.Length;
        }

        return Task.CompletedTask;
    }
}
