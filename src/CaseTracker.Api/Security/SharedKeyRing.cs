using System.Xml.Linq;
using Marten;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.DataProtection.KeyManagement;
using Microsoft.AspNetCore.DataProtection.Repositories;
using Microsoft.Extensions.Options;

namespace CaseTracker.Api.Security;

/// <summary>One key of the ring that protects the pages' sign-in cookie and anti-forgery tokens, as ASP.NET Core writes it.</summary>
public sealed class DataProtectionKey
{
    public string Id { get; set; } = "";

    public string Xml { get; set; } = "";
}

/// <summary>
/// The key ring lives in PostgreSQL beside the cases, not in the process's home folder: every node behind a
/// load balancer must read a cookie another node wrote, and a restarted container must not sign everyone out.
/// The keys are stored as ASP.NET Core writes them (unencrypted at rest, as its file store does on Linux);
/// the database's own access control and backups cover them.
/// </summary>
/// <remarks>
/// ASP.NET Core asks through a synchronous interface, and Marten answers only asynchronously, so these
/// calls wait. They are rare: the key manager caches the ring and reads it again about once a day, and
/// writes a new key about once in 90 days.
/// </remarks>
public sealed class SharedKeyRing(IDocumentStore store) : IXmlRepository
{
    public IReadOnlyCollection<XElement> GetAllElements()
    {
        using var session = store.QuerySession();
        var keys = session.Query<DataProtectionKey>().ToListAsync().GetAwaiter().GetResult();
        return [.. keys.Select(key => XElement.Parse(key.Xml))];
    }

    public void StoreElement(XElement element, string friendlyName)
    {
        using var session = store.LightweightSession();
        // Every element ASP.NET Core writes is a new key or a revocation with a name of its own; two nodes
        // creating the first key at once each keep theirs, and the ring holds both.
        session.Store(new DataProtectionKey { Id = friendlyName, Xml = element.ToString(SaveOptions.DisableFormatting) });
        session.SaveChangesAsync().GetAwaiter().GetResult();
    }
}

public static class SharedKeyRingSetup
{
    /// <summary>Cookies and anti-forgery tokens any node of this application can read, whichever node wrote them.</summary>
    public static IServiceCollection AddSharedKeyRing(this IServiceCollection services)
    {
        services.AddDataProtection().SetApplicationName("CaseTracker");
        services.ConfigureMarten(options => options.Schema.For<DataProtectionKey>().SingleTenanted());
        services.AddSingleton<IConfigureOptions<KeyManagementOptions>>(sp =>
            new ConfigureOptions<KeyManagementOptions>(options => options.XmlRepository = new SharedKeyRing(sp.GetRequiredService<IDocumentStore>())));
        return services;
    }
}
