namespace Coach.QuestionBank.Import;

/// <summary>
/// One row of a file being imported, as written there: the question, its answer as Markdown, and
/// what the row says of its topic, difficulty, tags and references. Nothing is checked yet.
/// </summary>
/// <param name="Line">The 1-based line the row starts at, for problems.</param>
public sealed record ImportedCard(
    int Line,
    string Question,
    string Answer,
    string? Topic = null,
    string? Difficulty = null,
    IReadOnlyList<string>? Tags = null,
    IReadOnlyList<string>? References = null);
