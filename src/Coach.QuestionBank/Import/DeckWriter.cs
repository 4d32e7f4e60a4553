using System.Text;
using System.Text.RegularExpressions;
using Coach.Core.Questions;
using Coach.QuestionBank.Decks;

namespace Coach.QuestionBank.Import;

/// <summary>
/// Checked cards as a deck file: a title, the topics in the order they first appear, and under
/// each its questions, numbered in the order of the file, with their metadata lines and answers.
/// </summary>
public static partial class DeckWriter
{
    public static string Write(string title, IReadOnlyList<CheckedCard> cards)
    {
        var markdown = new StringBuilder()
            .Append("---\ntitle: \"").Append(title.Replace("\"", "'", StringComparison.Ordinal)).Append("\"\n---\n\n")
            .Append("# ").Append(title).Append('\n');
        foreach (var topic in cards.GroupBy(card => card.Topic))
        {
            markdown.Append("\n## ").Append(topic.Key).Append('\n');
            foreach (var card in topic)
            {
                markdown.Append("\n### ").Append(card.Number).Append(". ").Append(card.Question).Append('\n');
                AppendMetadata(markdown, card.Metadata);
                markdown.Append(KeepStructure(card.Answer)).Append('\n');
            }
        }

        return markdown.ToString();
    }

    private static void AppendMetadata(StringBuilder markdown, QuestionMetadata metadata)
    {
        var lines = new List<string>();
        if (metadata.Difficulty is { } difficulty)
        {
            lines.Add($"{MetadataLines.DifficultyField}: {difficulty.Name()}");
        }

        if (metadata.Tags.Count > 0)
        {
            lines.Add($"{MetadataLines.TagsField}: {string.Join(", ", metadata.Tags)}");
        }

        lines.AddRange(metadata.References.Select(reference => $"{MetadataLines.ReferenceField}: {reference.OriginalString}"));
        if (lines.Count > 0)
        {
            markdown.AppendJoin('\n', lines).Append("\n\n");
        }
    }

    // An answer line that would read as a deck heading, or an answer whose first line would read as
    // metadata, is escaped, so what was imported stays inside its own question.
    private static string KeepStructure(string answer)
    {
        var escaped = Heading().Replace(answer, match => "\\" + match.Value);
        if (!MetadataLines.Starts(escaped.Split('\n')[0]))
        {
            return escaped;
        }

        var colon = escaped.IndexOf(':', StringComparison.Ordinal);
        return escaped[..colon] + "\\" + escaped[colon..];
    }

    [GeneratedRegex(@"^ {0,3}#", RegexOptions.Multiline)]
    private static partial Regex Heading();
}
