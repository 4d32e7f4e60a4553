namespace Coach.Core.Questions;

/// <summary>
/// Which questions a channel's daily question or a mock interview draws from: those of any of the
/// topics (a topic matches any part of a topic's name, in any case: "iam" finds "Identity &amp;
/// Access Management (IAM)"), all when none is given, and of one difficulty if one is given.
/// </summary>
public sealed record QuestionFilter(IReadOnlyList<string> Topics, Difficulty? Difficulty = null)
{
    public static QuestionFilter All { get; } = new([]);

    public bool Matches(Question question) =>
        (Topics.Count == 0 || Topics.Any(topic => question.Topic.Contains(topic, StringComparison.OrdinalIgnoreCase)))
        && (Difficulty is null || question.Metadata.Difficulty == Difficulty);
}
