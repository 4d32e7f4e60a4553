using Coach.QuestionBank.Decks;
using CsvHelper;

namespace Coach.QuestionBank.Import;

/// <summary>
/// A CSV with a header row: <c>question</c> and <c>answer</c>, and optionally <c>topic</c>,
/// <c>difficulty</c>, <c>tags</c> (comma or semicolon separated) and <c>reference</c> (links
/// separated by spaces), in any order and any case. RFC 4180 quoting: commas, doubled quotes and
/// line breaks inside quotes, so answers keep their Markdown lists.
/// </summary>
public static class CsvCards
{
    public const string QuestionColumn = "question";
    public const string AnswerColumn = "answer";
    private static readonly string[] Known = [QuestionColumn, AnswerColumn, "topic", "difficulty", "tags", "reference"];
    private static readonly string[] Required = [QuestionColumn, AnswerColumn];

    public static IReadOnlyList<ImportedCard> Read(string text, string path, List<DeckProblem> problems)
    {
        using var reader = CsvReader.FromText(text, Options(',', hasHeader: true));
        var cards = new List<ImportedCard>();
        try
        {
            var columns = reader.Headers.Select(name => name.Trim().ToLowerInvariant()).ToList();
            foreach (var missing in Required.Where(name => !columns.Contains(name)))
            {
                problems.Add(new DeckProblem(path, 1, $"no '{missing}' column: the header row names {string.Join(", ", reader.Headers)}; expected {string.Join(", ", Known)}"));
            }

            if (problems.Count > 0)
            {
                return [];
            }

            string? Cell(string name) => columns.IndexOf(name) is var index and >= 0 && index < reader.FieldCount ? reader.GetString(index) : null;
            while (reader.Read())
            {
                cards.Add(new ImportedCard(
                    (int)reader.LineNumber,
                    Cell(QuestionColumn) ?? "",
                    Cell(AnswerColumn) ?? "",
                    Cell("topic"),
                    Cell("difficulty"),
                    Split(Cell("tags"), ',', ';'),
                    Split(Cell("reference"), ' ', '\n', '\t')));
            }
        }
        catch (CsvFormatException ex)
        {
            problems.Add(new DeckProblem(path, (int)ex.LineNumber, $"malformed CSV: {ex.Message}"));
            return [];
        }

        return cards;
    }

    /// <summary>RFC 4180 reading with line numbers, the separator given (never guessed), and broken quoting refused rather than repaired.</summary>
    internal static CsvReaderOptions Options(char separator, bool hasHeader) => new()
    {
        Separator = separator,
        HasHeader = hasHeader,
        TrackLineNumbers = true,
        MalformedData = CsvMalformedDataHandling.Throw,
        DetectSeparatorHint = false,
    };

    internal static IReadOnlyList<string> Split(string? cell, params char[] separators) =>
        cell is null ? [] : cell.Split(separators, StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
}
