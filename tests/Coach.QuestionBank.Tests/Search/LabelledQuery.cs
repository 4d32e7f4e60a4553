using Coach.Tests;

namespace Coach.QuestionBank.Tests.Search;

/// <summary>A query of the labelled set in Data/queries.tsv: the question it should find, or none.</summary>
public sealed record LabelledQuery(string? Expected, string Kind, string Text)
{
    public bool InScope => Expected is not null;

    /// <param name="name">queries.tsv (issue 11's set, about the seed deck) or queries-decks.tsv (the decks added since).</param>
    public static IReadOnlyList<LabelledQuery> Load(string name = "queries.tsv")
    {
        var file = Path.Combine(AppContext.BaseDirectory, "Data", name);
        return File.ReadLines(file)
            .Where(line => line.Length > 0 && !line.StartsWith('#'))
            .Skip(1)
            .Select(line => line.Split('\t'))
            .Select(cells => new LabelledQuery(cells[0] == "none" ? null : cells[0], cells[1], cells[2]))
            .ToList();
    }

    public static string SeedFolder => RepositoryPaths.Content;
}
