namespace Coach.Core.Questions;

/// <summary>
/// What a search found. <see cref="Confident"/> says whether the first match may be given as
/// the answer; when it is false, <see cref="Matches"/> are only suggestions.
/// </summary>
/// <param name="Query">The text as the person typed it.</param>
/// <param name="CorrectedQuery">The query with misspelt words corrected, when any were.</param>
public sealed record SearchResult(
    string Query,
    bool Confident,
    IReadOnlyList<SearchMatch> Matches,
    string? CorrectedQuery = null)
{
    public SearchMatch? Best => Matches.Count > 0 ? Matches[0] : null;

    public static SearchResult Empty(string query) => new(query, false, []);
}
