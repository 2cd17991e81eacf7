namespace CaseTracker.Api.Samples;

public static class SampleDataSetup
{
    public static IServiceCollection AddSampleData(this IServiceCollection services, IConfiguration configuration)
    {
        if (configuration.GetValue("CaseTracker:SeedSampleData", false)) services.AddHostedService<SampleCases>();
        return services;
    }
}
