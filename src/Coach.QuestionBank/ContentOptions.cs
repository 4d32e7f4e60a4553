namespace Coach.QuestionBank;

/// <summary>Where the decks live: <c>Coach:Content</c>.</summary>
public sealed class ContentOptions
{
    public const string Section = "Coach:Content";

    /// <summary>Folder of decks (<c>*.md</c>) and <c>synonyms.txt</c>, relative to the content root.</summary>
    public string Path { get; set; } = "content";
}
