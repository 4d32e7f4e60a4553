namespace Coach.Core.Questions;

/// <summary>How hard a question is, as its deck says: <c>Difficulty: easy|medium|hard</c>.</summary>
public enum Difficulty
{
    Easy,
    Medium,
    Hard,
}

public static class Difficulties
{
    private static readonly string[] NameOf = ["easy", "medium", "hard"];

    public static IReadOnlyList<string> Names => NameOf;

    /// <summary>A difficulty from its name in any case; false for anything else.</summary>
    public static bool TryParse(string word, out Difficulty difficulty)
    {
        var index = Array.FindIndex(NameOf, name => name.Equals(word.Trim(), StringComparison.OrdinalIgnoreCase));
        difficulty = index < 0 ? default : (Difficulty)index;
        return index >= 0;
    }

    public static string Name(this Difficulty difficulty) => Names[(int)difficulty];
}
