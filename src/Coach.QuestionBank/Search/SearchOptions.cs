namespace Coach.QuestionBank.Search;

/// <summary>Whether <c>/ask</c> may use the sentence-embedding model: <c>Coach:Search</c>.</summary>
public sealed class SearchOptions
{
    public const string Section = "Coach:Search";

    /// <summary>When the words are not enough, let meaning decide (see <see cref="HybridSearch"/>); false searches by words alone.</summary>
    public bool Semantic { get; set; } = true;
}
