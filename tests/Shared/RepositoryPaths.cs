namespace Coach.Tests;

/// <summary>Paths inside the repository, found from the test binary by walking up to Coach.sln.</summary>
internal static class RepositoryPaths
{
    public static string Root { get; } = FindRoot();

    public static string Content => Path.Combine(Root, "content");

    public static string SeedDeck => Path.Combine(Content, "aws-security.md");

    /// <summary>The team's folder beside the repository (<c>../shared</c>): reviews, seeds, tools. Not in a user's clone.</summary>
    public static string Shared => Path.GetFullPath(Path.Combine(Root, "..", "shared"));

    private static string FindRoot()
    {
        for (var folder = new DirectoryInfo(AppContext.BaseDirectory); folder is not null; folder = folder.Parent)
        {
            if (File.Exists(Path.Combine(folder.FullName, "Coach.sln")))
            {
                return folder.FullName;
            }
        }

        throw new InvalidOperationException($"Coach.sln not found above {AppContext.BaseDirectory}");
    }
}
