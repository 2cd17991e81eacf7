using Alba;
using CaseTracker.Api.Security;
using JasperFx.CommandLine;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

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
        Host = await StartHost(_database.ConnectionString, Clock);
    }

    /// <summary>
    /// Starts a host like <see cref="Host"/>, with its own clock, on any database: a second node beside
    /// the first, or the same database again after a restart. Scheduled jobs are polled every second.
    /// </summary>
    public Task<IAlbaHost> StartHost(string connectionString, TestClock clock) =>
        AlbaHost.For<Program>(web =>
        {
            web.UseSetting("ConnectionStrings:Marten", connectionString);
            web.UseSetting("Auth:SigningKey", _signingKey);
            web.UseSetting("CaseTracker:Solo", "true");
            web.UseSetting("CaseTracker:RateLimit:WritesPerMinute", WritesPerMinute.ToString(System.Globalization.CultureInfo.InvariantCulture));
            web.UseSetting("CaseTracker:ScheduledJobPollingSeconds", "1");
            web.ConfigureServices(services => services.RemoveAll<TimeProvider>().AddSingleton<TimeProvider>(clock));
        });

    public async Task DisposeAsync()
    {
        if (Host is not null) await Host.DisposeAsync();
        if (_database is not null) await _database.DisposeAsync();
    }

    /// <summary>A token as ./eng/token.sh would issue it, signed with this host's key.</summary>
    public string TokenFor(string user, string role, string tenant, DateTimeOffset? expires = null, string? signingKey = null) =>
        DevTokens.Issue(signingKey ?? _signingKey, user, role, tenant, expires);
}

[CollectionDefinition(Name)]
public sealed class ApiCollection : ICollectionFixture<CaseTrackerApp>
{
    public const string Name = "CaseTracker API";
}
