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

    /// <summary>
    /// Every set tuned on, and whether it was written over the seed deck alone (else over the shipped
    /// bank): issue 11's, the first held-out set (tuning data since 2026-12-07), the calibration set
    /// and the added decks' set. <c>heldout-2</c> is not among them.
    /// </summary>
    public static IReadOnlyList<(string Name, bool SeedDeck)> TuningSets { get; } =
    [
        ("queries.tsv", true),
        (Path.Combine("heldout", "queries.tsv"), true),
        ("calibration.tsv", false),
        ("queries-decks.tsv", false),
    ];
}
