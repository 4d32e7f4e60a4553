namespace Coach.QuestionBank.Import;

/// <summary>The kinds of file <c>coach import</c> reads.</summary>
public enum ImportFormat
{
    /// <summary>A CSV with a header row naming <c>question</c> and <c>answer</c> (RFC 4180 quoting).</summary>
    Csv,

    /// <summary>Anki's "Notes in Plain Text": <c>#separator:</c>, <c>#html:</c>, <c>#columns:</c> … header lines, then one note per row.</summary>
    Anki,

    /// <summary>Quizlet's export: term and definition, a tab (or a comma) between them, one card per line.</summary>
    Quizlet,
}

public static class ImportFormats
{
    /// <summary>A format by name (<c>csv</c>, <c>anki</c>, <c>quizlet</c>); false for anything else.</summary>
    public static bool TryParse(string name, out ImportFormat format) =>
        Enum.TryParse(name, ignoreCase: true, out format) && Enum.IsDefined(format) && !int.TryParse(name, out _);

    /// <summary>
    /// What a file is, from its first line: Anki's header lines start with <c>#</c> and a known key;
    /// a CSV names its columns, <c>question</c> and <c>answer</c> among them; anything else is a
    /// Quizlet list of cards.
    /// </summary>
    public static ImportFormat Detect(string text)
    {
        var firstLine = text.TrimStart('\uFEFF').Split('\n', 2)[0].TrimEnd('\r');
        if (AnkiCards.IsHeaderLine(firstLine))
        {
            return ImportFormat.Anki;
        }

        var cells = firstLine.Split(',').Select(cell => cell.Trim().Trim('"').ToLowerInvariant()).ToList();
        return cells.Contains(CsvCards.QuestionColumn) && cells.Contains(CsvCards.AnswerColumn) ? ImportFormat.Csv : ImportFormat.Quizlet;
    }
}
