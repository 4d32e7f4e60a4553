using Coach.Core.Questions;

namespace Coach.QuestionBank.Tests.Grading;

/// <summary>A file of labelled answers in Data/: <c>id	kind	answer</c> lines under a header, # comments.</summary>
internal static class LabelledAnswers
{
    public static IReadOnlyList<(QuestionId Id, string Kind, string Text)> Read(string file) =>
        [.. File.ReadLines(Path.Combine(AppContext.BaseDirectory, "Data", file))
            .Where(line => line.Length > 0 && !line.StartsWith('#'))
            .Skip(1)
            .Select(line => line.Split('\t'))
            .Select(cells => (QuestionId.Parse(cells[0]), cells[1], cells[2]))];
}
