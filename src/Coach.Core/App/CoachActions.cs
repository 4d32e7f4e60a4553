namespace Coach.Core.App;

/// <summary>The action ids of Coach's buttons; adapters send them back unchanged.</summary>
public static class CoachActions
{
    /// <summary>Show a question's model answer; the value is the question id.</summary>
    public const string ShowAnswer = "show-answer";

    /// <summary>Reveal a daily question's model answer in its thread; pressed on the question itself.</summary>
    public const string RevealAnswer = "reveal-answer";
}
