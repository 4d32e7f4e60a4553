using Coach.QuestionBank.Decks;
using Coach.QuestionBank.Search;

namespace Coach.QuestionBank.Content;

/// <summary>
/// Reads a content folder: every <c>*.md</c> is a deck whose id is its file stem, and
/// <c>synonyms.txt</c> holds the synonym groups. A file that cannot be read becomes a problem of
/// its own deck; the other decks load as usual.
/// </summary>
public static class ContentReader
{
    /// <param name="path">A content folder, or a single deck file.</param>
    public static async Task<ContentSnapshot> ReadAsync(string path, CancellationToken cancellationToken)
    {
        if (File.Exists(path))
        {
            return new ContentSnapshot([await ReadDeckAsync(path, cancellationToken)], SynonymGroups.None);
        }

        if (!Directory.Exists(path))
        {
            var missing = new DeckProblem(path, 0, "no such content folder or deck file");
            return new ContentSnapshot([new Deck("", "", path, [], [missing])], SynonymGroups.None);
        }

        var decks = new List<Deck>();
        foreach (var file in Directory.EnumerateFiles(path, "*.md").Order(StringComparer.Ordinal))
        {
            decks.Add(await ReadDeckAsync(file, cancellationToken));
        }

        return new ContentSnapshot(decks, await ReadSynonymsAsync(Path.Combine(path, SynonymGroups.FileName), cancellationToken));
    }

    public static async Task<Deck> ReadDeckAsync(string file, CancellationToken cancellationToken)
    {
        var id = DeckId(file);
        try
        {
            var markdown = await File.ReadAllTextAsync(file, cancellationToken);
            return DeckParser.Parse(id, file, markdown);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            return new Deck(id, id, file, [], [new DeckProblem(file, 0, $"unreadable file: {ex.Message}")]);
        }
    }

    public static async Task<SynonymGroups> ReadSynonymsAsync(string file, CancellationToken cancellationToken)
    {
        if (!File.Exists(file))
        {
            return SynonymGroups.None;
        }

        try
        {
            return SynonymGroups.Parse(file, await File.ReadAllTextAsync(file, cancellationToken));
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            return new SynonymGroups([], [new DeckProblem(file, 0, $"unreadable file: {ex.Message}")]);
        }
    }

    public static string DeckId(string file) => Path.GetFileNameWithoutExtension(file).ToLowerInvariant();
}
