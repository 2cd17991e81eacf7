using System.Security.Claims;
using Alba;
using CaseTracker.Api.Security;
using JasperFx.CommandLine;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;

namespace CaseTracker.Api.Tests.Infrastructure;

/// <summary>
/// The real host — Kestrel pipeline, Wolverine endpoints, Marten on a real PostgreSQL — started
/// once for all API tests. Tests keep apart by working in a tenant of their own.
/// </summary>
public sealed class CaseTrackerApp : IAsyncLifetime
{
    private readonly string _signingKey = TokenAuthentication.NewSigningKey();
    private TestDatabase? _database;

    /// <summary>Low enough to test the limit quickly, high enough that no story reaches it.</summary>
    public const int WritesPerMinute = 40;

    public IAlbaHost Host { get; private set; } = null!;

    /// <summary>A Wednesday in term time, well inside the shipped calendar.</summary>
    public TestClock Clock { get; } = new(new DateTimeOffset(2026, 9, 16, 9, 0, 0, TimeSpan.Zero));

    public string ConnectionString => _database!.ConnectionString;

    public async Task InitializeAsync()
    {
        _database = await TestDatabase.CreateAsync();
        JasperFxEnvironment.AutoStartHost = true;
        Host = await AlbaHost.For<Program>(web =>
        {
            web.UseSetting("ConnectionStrings:Marten", _database.ConnectionString);
            web.UseSetting("Auth:SigningKey", _signingKey);
            web.UseSetting("CaseTracker:Solo", "true");
            web.UseSetting("CaseTracker:RateLimit:WritesPerMinute", WritesPerMinute.ToString(System.Globalization.CultureInfo.InvariantCulture));
            web.ConfigureServices(services => services.RemoveAll<TimeProvider>().AddSingleton<TimeProvider>(Clock));
        });
    }

    public async Task DisposeAsync()
    {
        if (Host is not null) await Host.DisposeAsync();
        if (_database is not null) await _database.DisposeAsync();
    }

    /// <summary>A token as ./eng/token.sh would issue it, signed with this host's key.</summary>
    /// <remarks>Validity is wide on purpose: the host's clock is the story's clock, not today.</remarks>
    public string TokenFor(string user, string role, string tenant, DateTimeOffset? expires = null, string? signingKey = null) =>
        new JsonWebTokenHandler().CreateToken(new SecurityTokenDescriptor
        {
            Issuer = TokenAuthentication.Issuer,
            Audience = TokenAuthentication.Audience,
            Subject = new ClaimsIdentity(
            [
                new Claim(Actor.SubjectClaim, user), new Claim(Actor.NameClaim, user),
                new Claim(Actor.RoleClaim, role), new Claim(Actor.TenantClaim, tenant),
            ]),
            IssuedAt = new DateTime(2020, 1, 1, 0, 0, 0, DateTimeKind.Utc),
            NotBefore = new DateTime(2020, 1, 1, 0, 0, 0, DateTimeKind.Utc),
            Expires = (expires ?? new DateTimeOffset(2100, 1, 1, 0, 0, 0, TimeSpan.Zero)).UtcDateTime,
            SigningCredentials = new SigningCredentials(
                new SymmetricSecurityKey(Convert.FromHexString(signingKey ?? _signingKey)), SecurityAlgorithms.HmacSha256),
        });
}

[CollectionDefinition(Name)]
public sealed class ApiCollection : ICollectionFixture<CaseTrackerApp>
{
    public const string Name = "CaseTracker API";
}
