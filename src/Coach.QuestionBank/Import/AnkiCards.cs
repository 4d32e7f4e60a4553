using Coach.QuestionBank.Decks;
using CsvHelper;

namespace Coach.QuestionBank.Import;

/// <summary>
/// Anki's "Notes in Plain Text" export: header lines (<c>#separator:tab</c>, <c>#html:true</c>,
/// <c>#columns:Front	Back	Tags</c>, <c>#tags column:3</c>, <c>#deck column:2</c>, <c>#notetype column:1</c>,
/// <c>#guid column:1</c>, <c>#tags:…</c>), then one note per row, quoted as CSV where a field holds the
/// separator, a quote or a line break. The first two fields that are not notetype, deck, guid or tags
/// are the question and the answer; the deck's last <c>::</c> part is the topic; HTML becomes Markdown.
/// </summary>
public static class AnkiCards
{
    private static readonly string[] ColumnKeys = ["tags column", "deck column", "notetype column", "guid column"];
    private static readonly string[] HeaderKeys = ["separator", "html", "columns", "tags column", "deck column", "notetype column", "guid column", "tags", "deck", "notetype", "if matches"];

    public static bool IsHeaderLine(string line) =>
        line.StartsWith('#') && line.IndexOf(':', StringComparison.Ordinal) is var colon and > 1
        && HeaderKeys.Contains(line[1..colon].Trim().ToLowerInvariant());

    public static IReadOnlyList<ImportedCard> Read(string text, string path, List<DeckProblem> problems)
    {
        var lines = text.TrimStart('\uFEFF').Split('\n');
        var header = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        var headerLines = 0;
        while (headerLines < lines.Length && IsHeaderLine(lines[headerLines].TrimEnd('\r')))
        {
            var line = lines[headerLines].TrimEnd('\r');
            var colon = line.IndexOf(':', StringComparison.Ordinal);
            header[line[1..colon].Trim()] = line[(colon + 1)..];
            headerLines++;
        }

        if (!TrySeparator(header.GetValueOrDefault("separator", "tab"), out var separator))
        {
            problems.Add(new DeckProblem(path, 1, $"unknown #separator '{header["separator"]}': use tab, comma, semicolon, space, pipe, colon or one character"));
            return [];
        }

        var html = !header.TryGetValue("html", out var htmlValue) || htmlValue.Trim().Equals("true", StringComparison.OrdinalIgnoreCase);
        var special = ColumnKeys.Select(key => header.TryGetValue(key, out var value) && int.TryParse(value, out var column) ? column - 1 : -1)
            .ToArray();
        var (tagsColumn, deckColumn) = (special[0], special[1]);
        var commonTags = CsvCards.Split(header.GetValueOrDefault("tags"), ' ');
        var fields = FieldColumns(header.GetValueOrDefault("columns"), separator, special);

        var cards = new List<ImportedCard>();
        using var reader = CsvReader.FromText(string.Join('\n', lines.Skip(headerLines)), CsvCards.Options(separator, hasHeader: false));
        try
        {
            while (reader.Read())
            {
                var values = Enumerable.Range(0, reader.FieldCount).Select(reader.GetString).ToList();
                var content = fields ?? Enumerable.Range(0, values.Count).Where(index => !special.Contains(index)).ToList();
                string Field(int nth) => nth < content.Count && content[nth] < values.Count ? values[content[nth]] : "";
                string Text(string field) => html ? AnkiHtml.ToMarkdown(field) : field.Trim();
                var deck = deckColumn >= 0 && deckColumn < values.Count ? values[deckColumn] : header.GetValueOrDefault("deck");
                var tags = commonTags.Concat(tagsColumn >= 0 && tagsColumn < values.Count ? CsvCards.Split(values[tagsColumn], ' ') : [])
                    .Select(tag => tag.Replace("::", "-", StringComparison.Ordinal))
                    .ToList();
                cards.Add(new ImportedCard(
                    headerLines + (int)reader.LineNumber,
                    html ? AnkiHtml.ToText(Field(0)) : Field(0),
                    Text(Field(1)),
                    Topic: string.IsNullOrWhiteSpace(deck) ? null : deck.Split("::")[^1].Trim(),
                    Tags: tags));
            }
        }
        catch (CsvFormatException ex)
        {
            problems.Add(new DeckProblem(path, headerLines + (int)ex.LineNumber, $"malformed note: {ex.Message}"));
            return [];
        }

        return cards;
    }

    /// <summary>With <c>#columns:</c>, the question and answer columns by name (Front/Question, Back/Answer), else by position.</summary>
    private static List<int>? FieldColumns(string? columns, char separator, int[] special)
    {
        if (columns is null)
        {
            return null;
        }

        var names = columns.Split(separator).Select(name => name.Trim().ToLowerInvariant()).ToList();
        var question = names.FindIndex(name => name is "front" or "question" or "term");
        var answer = names.FindIndex(name => name is "back" or "answer" or "definition");
        return question >= 0 && answer >= 0
            ? [question, answer]
            : Enumerable.Range(0, names.Count).Where(index => !special.Contains(index) && names[index] is not ("tags" or "deck" or "notetype" or "guid")).ToList();
    }

    private static bool TrySeparator(string value, out char separator)
    {
        separator = value.Length == 1 ? value[0] : value.Trim().ToLowerInvariant() switch
        {
            "tab" => '\t',
            "comma" => ',',
            "semicolon" => ';',
            "space" => ' ',
            "pipe" => '|',
            "colon" => ':',
            var other when other.Length == 1 => other[0],
            _ => '\0',
        };
        return separator != '\0';
    }
}
