namespace CaseTracker.Pages.Tests.Infrastructure;

public static class Repository
{
    /// <summary>The checkout the tests were built from: the first folder above the binaries with CaseTracker.sln.</summary>
    public static string Root()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "CaseTracker.sln"))) return dir.FullName;
        }

        throw new InvalidOperationException("CaseTracker.sln was not found above the test binaries.");
    }
}
