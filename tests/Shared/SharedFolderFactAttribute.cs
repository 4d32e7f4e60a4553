namespace Coach.Tests;

/// <summary>
/// A test that reads the team's <c>../shared</c> folder beside the repository (the source Q&amp;A it must
/// match, say). A user's clone has no such folder, so there the test is skipped with that reason; under
/// CI (<c>CI=true</c>), where the folder is always laid beside the clone, it runs and a missing folder fails it.
/// </summary>
[AttributeUsage(AttributeTargets.Method)]
public sealed class SharedFolderFactAttribute : FactAttribute
{
    public SharedFolderFactAttribute()
    {
        var underCi = string.Equals(Environment.GetEnvironmentVariable("CI"), "true", StringComparison.OrdinalIgnoreCase);
        if (!underCi && !Directory.Exists(RepositoryPaths.Shared))
        {
            Skip = $"needs the team's shared folder beside the repository ({RepositoryPaths.Shared}), which a clone of Coach alone does not have.";
        }
    }
}
