using System.Globalization;
using System.Security.Claims;
using CaseTracker.Api.Security;
using CaseTracker.LoadGenerator;
using JasperFx.CommandLine;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace CaseTracker.Benchmarks;

/// <summary>
/// The service's own host (Program), served by real Kestrel on a free loopback port, so that requests go
/// through sockets, HTTP parsing, authentication and the whole middleware pipeline. Its services are at
/// hand too, for driving the same endpoint code without HTTP. The write budget is lifted: the benchmark
/// measures the service, not its rate limit.
/// </summary>
public sealed class BenchHost : WebApplicationFactory<Program>
{
    private readonly string _connectionString;
    private readonly string _signingKey = TokenAuthentication.NewSigningKey();

    public BenchHost(string connectionString)
    {
        _connectionString = connectionString;
        UseKestrel(0);
    }

    public BearerTokens Tokens => new(Convert.FromHexString(_signingKey));

    public Uri Start()
    {
        // Program ends in RunJasperFxCommands; this lets the factory take the host it builds.
        JasperFxEnvironment.AutoStartHost = true;
        StartServer();
        var address = Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        return new Uri(address.Replace("[::]", "127.0.0.1", StringComparison.Ordinal));
    }

    /// <summary>The same claims a token for this user carries once authenticated.</summary>
    public static ClaimsPrincipal User(string user, string role, string tenant) => new(new ClaimsIdentity(
    [
        new Claim(Actor.SubjectClaim, user), new Claim(Actor.NameClaim, user),
        new Claim(Actor.RoleClaim, role), new Claim(Actor.TenantClaim, tenant),
    ], "Bearer", Actor.NameClaim, Actor.RoleClaim));

    private static string ApiProjectFolder()
    {
        for (var folder = new DirectoryInfo(AppContext.BaseDirectory); folder is not null; folder = folder.Parent)
        {
            var api = Path.Combine(folder.FullName, "src", "CaseTracker.Api");
            if (File.Exists(Path.Combine(folder.FullName, "CaseTracker.sln")) && Directory.Exists(api)) return api;
        }

        throw new DirectoryNotFoundException("src/CaseTracker.Api was not found above the benchmark's folder.");
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        // The API's own folder, as `dotnet run` (./eng/run.sh) uses: its appsettings.json and wwwroot.
        builder.UseContentRoot(ApiProjectFolder());
        builder.UseEnvironment("Production");
        builder.UseSetting("ConnectionStrings:Marten", _connectionString);
        builder.UseSetting("Auth:SigningKey", _signingKey);
        builder.UseSetting("Logging:Console:LogToStandardErrorThreshold", "Trace");
        builder.UseSetting("CaseTracker:Solo", "true");
        builder.UseSetting("CaseTracker:RateLimit:WritesPerMinute", int.MaxValue.ToString(CultureInfo.InvariantCulture));
    }
}
