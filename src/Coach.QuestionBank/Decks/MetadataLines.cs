using System.Globalization;
using Coach.Core.Questions;

namespace Coach.QuestionBank.Decks;

/// <summary>
/// The optional lines right under a question's heading, before its answer:
/// <code>
/// Difficulty: medium
/// Tags: iam, organizations
/// Reference: https://docs.aws.amazon.com/…
/// Reviewed: 2026-11-30
/// </code>
/// A paragraph is read as metadata when its first line starts with one of these field names and a
/// colon; from then on every line of it must be a known field with a valid value.
/// </summary>
public static class MetadataLines
{
    public const string DifficultyField = "Difficulty";
    public const string TagsField = "Tags";
    public const string ReferenceField = "Reference";
    public const string ReviewedField = "Reviewed";

    private static readonly string[] Fields = [DifficultyField, TagsField, ReferenceField, ReviewedField];

    /// <summary>Whether this paragraph, the first under a heading, is the question's metadata.</summary>
    public static bool Starts(string firstLine) => FieldOf(firstLine) is not null;

    /// <param name="lines">The paragraph's lines as written.</param>
    /// <param name="firstLine">The 1-based line of the first of them, for problems.</param>
    public static QuestionMetadata Read(IReadOnlyList<string> lines, int firstLine, string path, List<DeckProblem> problems)
    {
        Difficulty? difficulty = null;
        DateOnly? reviewed = null;
        var tags = new List<string>();
        var references = new List<Uri>();
        for (var i = 0; i < lines.Count; i++)
        {
            var line = firstLine + i;
            var colon = lines[i].IndexOf(':', StringComparison.Ordinal);
            var field = FieldOf(lines[i]);
            if (field is null)
            {
                problems.Add(new DeckProblem(path, line, $"unknown metadata line '{lines[i].Trim()}': use {string.Join(", ", Fields.Select(f => f + ":"))} (or a blank line before the answer)"));
                continue;
            }

            var value = lines[i][(colon + 1)..].Trim();
            switch (field)
            {
                case DifficultyField when difficulty is not null:
                case ReviewedField when reviewed is not null:
                    problems.Add(new DeckProblem(path, line, $"{field} given twice"));
                    break;
                case DifficultyField:
                    if (Difficulties.TryParse(value, out var parsed))
                    {
                        difficulty = parsed;
                    }
                    else
                    {
                        problems.Add(new DeckProblem(path, line, UnknownDifficulty(value)));
                    }

                    break;
                case TagsField:
                    tags.AddRange(value.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).Select(tag => tag.ToLowerInvariant()));
                    break;
                case ReferenceField:
                    if (IsDocumentationLink(value, out var uri))
                    {
                        references.Add(uri);
                    }
                    else
                    {
                        problems.Add(new DeckProblem(path, line, NotALink(value)));
                    }

                    break;
                case ReviewedField:
                    if (DateOnly.TryParseExact(value, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
                    {
                        reviewed = date;
                    }
                    else
                    {
                        problems.Add(new DeckProblem(path, line, $"reviewed date '{value}' is not YYYY-MM-DD"));
                    }

                    break;
            }
        }

        return new QuestionMetadata(difficulty, tags.Distinct().ToList(), references, reviewed);
    }

    /// <summary>The problem with a difficulty that is none of the three, in decks and in imports alike.</summary>
    public static string UnknownDifficulty(string value) => $"unknown difficulty '{value}': use {string.Join(", ", Difficulties.Names)}";

    /// <summary>The problem with a reference that is not an https link, in decks and in imports alike.</summary>
    public static string NotALink(string value) => $"reference '{value}' is not an https:// link";

    public static bool IsDocumentationLink(string value, out Uri uri) =>
        Uri.TryCreate(value, UriKind.Absolute, out uri!) && uri.Scheme == Uri.UriSchemeHttps && uri.Host.Length > 0 && !value.Any(char.IsWhiteSpace);

    private static string? FieldOf(string line)
    {
        var colon = line.IndexOf(':', StringComparison.Ordinal);
        if (colon <= 0)
        {
            return null;
        }

        var name = line[..colon].Trim();
        return Fields.FirstOrDefault(field => field.Equals(name, StringComparison.OrdinalIgnoreCase));
    }
}
