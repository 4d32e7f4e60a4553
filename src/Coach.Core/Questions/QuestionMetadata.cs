namespace Coach.Core.Questions;

/// <summary>
/// What a deck may say about a question besides its answer, all optional: how hard it is, tags,
/// the documentation the answer rests on, and when someone last checked the answer against it.
/// </summary>
public sealed record QuestionMetadata(Difficulty? Difficulty, IReadOnlyList<string> Tags, IReadOnlyList<Uri> References, DateOnly? Reviewed)
{
    public static QuestionMetadata None { get; } = new(null, [], [], null);

    /// <summary>Whether the answer was last reviewed more than <paramref name="days"/> days before <paramref name="today"/>, or never.</summary>
    public bool IsStale(DateOnly today, int days) => Reviewed is not { } reviewed || reviewed.AddDays(days) < today;
}
