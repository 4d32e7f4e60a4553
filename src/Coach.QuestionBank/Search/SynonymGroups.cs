using Coach.QuestionBank.Decks;

namespace Coach.QuestionBank.Search;

/// <summary>
/// Words and phrases that mean the same to a person asking (<c>sg, security group</c>), one group
/// per line of <c>content/synonyms.txt</c>; <c>#</c> starts a comment.
/// </summary>
public sealed record SynonymGroups(IReadOnlyList<IReadOnlyList<string>> Groups, IReadOnlyList<DeckProblem> Problems)
{
    public const string FileName = "synonyms.txt";

    public static SynonymGroups None { get; } = new([], []);

    public static SynonymGroups Parse(string path, string text)
    {
        var groups = new List<IReadOnlyList<string>>();
        var problems = new List<DeckProblem>();
        var lines = text.Split('\n');
        for (var i = 0; i < lines.Length; i++)
        {
            var hash = lines[i].IndexOf('#', StringComparison.Ordinal);
            var line = (hash >= 0 ? lines[i][..hash] : lines[i]).Trim();
            if (line.Length == 0)
            {
                continue;
            }

            var terms = line.Split(',').Select(term => term.Trim()).ToList();
            if (terms.Any(term => term.Length == 0))
            {
                problems.Add(new DeckProblem(path, i + 1, "empty term in synonym group (two commas, or a comma at an end)"));
            }
            else if (terms.Distinct(StringComparer.OrdinalIgnoreCase).Count() < 2)
            {
                problems.Add(new DeckProblem(path, i + 1, "a synonym group needs at least two different terms, separated by commas"));
            }
            else
            {
                groups.Add(terms);
            }
        }

        return new SynonymGroups(groups, problems);
    }
}
