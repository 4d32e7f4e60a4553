using System.Text;

namespace Coach.Core.App.Text;

/// <summary>
/// Text Coach says: words, and the commands a person can type, kept apart so that each platform
/// writes a command in its own words and no core text carries one platform's markup. Written as an
/// interpolated string (<c>$"Say {ChatCommand.Say("mock")} to start."</c>), whose command holes
/// become <see cref="CommandRun"/>s; a plain string is words alone.
/// </summary>
public sealed class CoachText : IEquatable<CoachText>
{
    private readonly TextRun[] _runs;

    public CoachText(IEnumerable<TextRun> runs)
    {
        _runs = [.. Merge(runs)];
    }

    public IReadOnlyList<TextRun> Runs => _runs;

    public IEnumerable<ChatCommand> Commands => _runs.OfType<CommandRun>().Select(run => run.Command);

    public static implicit operator CoachText(string text) => new([new Words(text)]);

    /// <summary>A text written as an interpolated string, its command holes kept as commands.</summary>
    public static CoachText Of(CoachTextBuilder text) => text.Build();

    /// <summary>The texts with <paramref name="separator"/> between them, like <see cref="string.Join(string?, IEnumerable{string?})"/>.</summary>
    public static CoachText Join(string separator, IEnumerable<CoachText> texts) =>
        new(texts.SelectMany((text, index) => index == 0 ? text._runs : text._runs.Prepend(new Words(separator))));

    /// <summary>Each run written by <paramref name="words"/> or <paramref name="command"/>: how an adapter renders a text.</summary>
    public string Render(Func<string, string> words, Func<ChatCommand, string> command)
    {
        var output = new StringBuilder();
        foreach (var run in _runs)
        {
            output.Append(run switch
            {
                Words plain => words(plain.Text),
                CommandRun said => command(said.Command),
                _ => throw new InvalidOperationException($"Unknown text run {run.GetType().Name}."),
            });
        }

        return output.ToString();
    }

    /// <summary>Plain text with commands as they are typed in a direct message, for logs, the CLI and tests.</summary>
    public override string ToString() => Render(words => words, command => command.Words);

    public bool Equals(CoachText? other) => other is not null && _runs.SequenceEqual(other._runs);

    public override bool Equals(object? obj) => Equals(obj as CoachText);

    public override int GetHashCode()
    {
        var hash = new HashCode();
        foreach (var run in _runs)
        {
            hash.Add(run);
        }

        return hash.ToHashCode();
    }

    // Neighbouring words become one run and empty words none, so that equal texts have equal runs however they were built.
    private static IEnumerable<TextRun> Merge(IEnumerable<TextRun> runs)
    {
        StringBuilder? pending = null;
        foreach (var run in runs)
        {
            if (run is Words words)
            {
                (pending ??= new StringBuilder()).Append(words.Text);
                continue;
            }

            if (pending is { Length: > 0 })
            {
                yield return new Words(pending.ToString());
            }

            pending = null;
            yield return run;
        }

        if (pending is { Length: > 0 })
        {
            yield return new Words(pending.ToString());
        }
    }
}
