using CaseTracker.Api.Cases;
using CaseTracker.Api.Cases.Clocks;
using CaseTracker.Domain.Cases;

namespace CaseTracker.Api.Hosting;

/// <summary>Local policy (CaseTracker:CandourWorkingDays) and the services that turn decisions into scheduled duty checks.</summary>
public static class ClockSetup
{
    public static IServiceCollection AddCaseClocks(this IServiceCollection services, IConfiguration configuration)
    {
        var candourDays = configuration.GetValue("CaseTracker:CandourWorkingDays", CasePolicy.DefaultCandourWorkingDays);
        if (candourDays is < 1 or > 60)
            throw new InvalidOperationException("CaseTracker:CandourWorkingDays must be between 1 and 60 working days.");
        services.AddSingleton(new CasePolicy(candourDays));
        services.AddSingleton<CaseDecisions>();
        services.AddSingleton<DutyScheduler>();
        return services;
    }
}
