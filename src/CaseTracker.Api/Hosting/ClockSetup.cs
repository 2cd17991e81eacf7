using CaseTracker.Api.Cases;
using CaseTracker.Api.Cases.Clocks;
using CaseTracker.Domain.Cases;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace CaseTracker.Api.Hosting;

/// <summary>
/// Local policy (CaseTracker:CandourWorkingDays), the services that turn decisions into scheduled duty checks,
/// and the clock they read (moved by CaseTracker:Clock:Offset when that is set).
/// </summary>
public static class ClockSetup
{
    public static IServiceCollection AddCaseClocks(this IServiceCollection services, IConfiguration configuration)
    {
        var candourDays = configuration.GetValue("CaseTracker:CandourWorkingDays", CasePolicy.DefaultCandourWorkingDays);
        if (candourDays is < 1 or > 60)
            throw new InvalidOperationException("CaseTracker:CandourWorkingDays must be between 1 and 60 working days.");
        if (configuration.GetValue<TimeSpan?>(ShiftedClock.OffsetKey) is { } offset)
            services.Replace(ServiceDescriptor.Singleton<TimeProvider>(new ShiftedClock(offset)));
        services.AddSingleton(new CasePolicy(candourDays));
        services.AddSingleton<CaseDecisions>();
        services.AddSingleton<DutyScheduler>();
        return services;
    }
}
