namespace Coach.QuestionBank.Grading;

/// <summary>Whether grading uses the sentence-embedding model: <c>Coach:Grading</c>.</summary>
public sealed class GradingOptions
{
    public const string Section = "Coach:Grading";

    /// <summary>Grade by meaning as well as by words (MiniLM, loaded in the background at start-up); false grades by words alone.</summary>
    public bool Semantic { get; set; } = true;
}
