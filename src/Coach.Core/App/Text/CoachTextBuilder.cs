using System.Globalization;
using System.Runtime.CompilerServices;

namespace Coach.Core.App.Text;

/// <summary>
/// Builds a <see cref="CoachText"/> from an interpolated string: a <see cref="ChatCommand"/> hole
/// becomes a command, a <see cref="CoachText"/> hole keeps its runs, anything else is formatted
/// as words in the invariant culture.
/// </summary>
[InterpolatedStringHandler]
public ref struct CoachTextBuilder
{
    private readonly List<TextRun> _runs;

    public CoachTextBuilder(int literalLength, int formattedCount)
    {
        _ = literalLength;
        _runs = new List<TextRun>(formattedCount * 2 + 1);
    }

    public readonly void AppendLiteral(string literal) => _runs.Add(new Words(literal));

    public readonly void AppendFormatted(ChatCommand command) => _runs.Add(new CommandRun(command));

    public readonly void AppendFormatted(CoachText text) => _runs.AddRange(text.Runs);

    public readonly void AppendFormatted(string? text) => _runs.Add(new Words(text ?? ""));

    public readonly void AppendFormatted<T>(T value, string? format = null) =>
        _runs.Add(new Words(value is IFormattable formattable ? formattable.ToString(format, CultureInfo.InvariantCulture) : value?.ToString() ?? ""));

    public readonly void AppendFormatted<T>(T value, int alignment, string? format = null)
    {
        var text = value is IFormattable formattable ? formattable.ToString(format, CultureInfo.InvariantCulture) : value?.ToString() ?? "";
        _runs.Add(new Words(alignment < 0 ? text.PadRight(-alignment) : text.PadLeft(alignment)));
    }

    public readonly CoachText Build() => new(_runs);
}
