namespace CaseTracker.Api.Tests.Infrastructure;

/// <summary>The repository's root folder, found from the test assembly's location, for tests that run its scripts.</summary>
public static class Repository
{
    public static string Root { get; } = Find();

    private static string Find()
    {
        for (var folder = new DirectoryInfo(AppContext.BaseDirectory); folder is not null; folder = folder.Parent)
            if (File.Exists(Path.Combine(folder.FullName, "CaseTracker.sln"))) return folder.FullName;
        throw new InvalidOperationException("CaseTracker.sln not found above " + AppContext.BaseDirectory);
    }
}
