using System.Globalization;
using Coach.Core.App;
using Coach.Core.Questions;

namespace Coach.Core.Features.MockInterview;

/// <summary>What a direct message to Coach means: a mock-interview command, or an answer.</summary>
/// <param name="Questions">For a start: these questions, in this order, instead of a plan (a reminder's <i>Practise now</i> names the ones it counted).</param>
internal sealed record MockCommand(
    MockCommandKind Kind, string Topic = "", int Count = MockCommand.DefaultCount, string Text = "", Difficulty? Difficulty = null, IReadOnlyList<QuestionId>? Questions = null)
{
    public const int DefaultCount = 5;
    public const int MaxCount = 20;

    /// <summary>A <i>Start mock interview</i> button over exactly <paramref name="questions"/> (at most <see cref="MaxCount"/>): their ids are its value.</summary>
    public static Button StartOver(string label, IEnumerable<QuestionId> questions) =>
        new(CoachActions.StartMockInterview, label, string.Join(' ', questions.Take(MaxCount)));

    /// <summary>Whether the dashboard can show something new after it: a hint, the question again or help change nothing on it.</summary>
    public bool ChangesProgress => Kind is not (MockCommandKind.Hint or MockCommandKind.Repeat or MockCommandKind.Help);

    /// <summary>What pressing a start button means: over the questions its value names (<see cref="StartOver"/>), else a planned interview.</summary>
    public static MockCommand Pressed(string value) => new(MockCommandKind.Start)
    {
        Questions = [.. value.Split(' ', StringSplitOptions.RemoveEmptyEntries).Select(id => QuestionId.TryParse(id, out var parsed) ? parsed : null).OfType<QuestionId>()],
    };

    public static MockCommand Parse(string text)
    {
        var words = text.Trim().Split(' ', StringSplitOptions.RemoveEmptyEntries);
        var first = words.Length > 0 ? words[0].ToLowerInvariant().TrimEnd('.', '!') : "";
        return first switch
        {
            "mock" or "start" or "interview" => Start(words[1..]),
            "skip" when words.Length == 1 => new(MockCommandKind.Skip),
            "hint" when words.Length == 1 => new(MockCommandKind.Hint),
            "repeat" when words.Length == 1 => new(MockCommandKind.Repeat),
            "stop" when words.Length == 1 => new(MockCommandKind.Stop),
            "resume" when words.Length == 1 => new(MockCommandKind.Resume),
            "abandon" when words.Length == 1 => new(MockCommandKind.Abandon),
            "help" or "?" when words.Length == 1 => new(MockCommandKind.Help),
            _ => new(MockCommandKind.Answer, Text: text),
        };
    }

    // "mock iam 3", "start data protection", "interview 10", "mock hard 3", "mock iam easy": a trailing
    // number is the count, and a difficulty word anywhere keeps questions of that difficulty.
    private static MockCommand Start(string[] rest)
    {
        var count = DefaultCount;
        if (rest.Length > 0 && int.TryParse(rest[^1], NumberStyles.None, CultureInfo.InvariantCulture, out var n))
        {
            count = Math.Clamp(n, 1, MaxCount);
            rest = rest[..^1];
        }

        Difficulty? difficulty = null;
        var topic = new List<string>();
        foreach (var word in rest)
        {
            if (difficulty is null && Difficulties.TryParse(word, out var parsed))
            {
                difficulty = parsed;
            }
            else
            {
                topic.Add(word);
            }
        }

        return new MockCommand(MockCommandKind.Start, Topic: string.Join(' ', topic), Count: count, Difficulty: difficulty);
    }
}

internal enum MockCommandKind
{
    Start,
    Answer,
    Skip,
    Hint,
    Repeat,
    Stop,
    Resume,
    Abandon,
    Help,
}
