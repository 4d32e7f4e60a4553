using System.Text;
using Coach.Core.Questions;

namespace Coach.Host.Cli;

/// <summary>The terminal form of a search: the answer to read, or the questions it might have meant.</summary>
internal static class AskText
{
    public static string Render(SearchResult result, IReadOnlyList<Question> related)
    {
        var text = new StringBuilder();
        if (result.CorrectedQuery is { } corrected)
        {
            text.AppendLine($"(searched for: {corrected})");
        }

        if (result is { Confident: true, Best: { } best })
        {
            var question = best.Question;
            text.AppendLine($"{question.Title}  [{question.Id} · {question.Topic}]")
                .AppendLine()
                .AppendLine(question.AnswerMarkdown);
            if (related.Count > 0)
            {
                text.AppendLine().AppendLine("Related:");
                foreach (var other in related)
                {
                    text.AppendLine($"  {other.Id}  {other.Title}");
                }
            }

            return text.ToString();
        }

        text.AppendLine($"No confident match for \"{result.Query}\".");
        if (result.Matches.Count == 0)
        {
            return text.AppendLine("Try other words, or `coach list` to see every question.").ToString();
        }

        text.AppendLine("Did you mean:");
        foreach (var match in result.Matches.Take(3))
        {
            text.AppendLine($"  {match.Question.Id}  {match.Question.Title}");
        }

        return text.ToString();
    }
}
