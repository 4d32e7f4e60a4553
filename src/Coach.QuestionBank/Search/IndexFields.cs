namespace Coach.QuestionBank.Search;

/// <summary>The fields of a question document in the Lucene index.</summary>
internal static class IndexFields
{
    public const string Id = "id";
    public const string Deck = "deck";
    public const string Title = "title";
    /// <summary>Title, topic and answer together: ranked below the title, and asked which of the query's words a question has at all.</summary>
    public const string All = "all";

    /// <summary>The words as written, unstemmed: the vocabulary that misspellings are corrected to.</summary>
    public const string Spelling = "spelling";
}
