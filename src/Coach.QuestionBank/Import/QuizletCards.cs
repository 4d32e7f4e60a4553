using Coach.QuestionBank.Decks;

namespace Coach.QuestionBank.Import;

/// <summary>
/// Quizlet's export: one card per line, the term, then a tab (or, where there is no tab, a comma),
/// then the definition. Quizlet neither quotes nor escapes, so the first separator splits.
/// </summary>
public static class QuizletCards
{
    public static IReadOnlyList<ImportedCard> Read(string text, string path, List<DeckProblem> problems)
    {
        var cards = new List<ImportedCard>();
        var lines = text.TrimStart('\uFEFF').Split('\n');
        for (var i = 0; i < lines.Length; i++)
        {
            var line = lines[i].TrimEnd('\r');
            if (line.Trim().Length == 0)
            {
                continue;
            }

            var split = line.IndexOf('\t', StringComparison.Ordinal) is var tab and >= 0 ? tab : line.IndexOf(',', StringComparison.Ordinal);
            if (split < 0)
            {
                problems.Add(new DeckProblem(path, i + 1, "no tab or comma between the term and its definition"));
                continue;
            }

            cards.Add(new ImportedCard(i + 1, line[..split].Trim(), line[(split + 1)..].Trim()));
        }

        return cards;
    }
}
