namespace Coach.Core.App.Text;

/// <summary>A piece of a <see cref="CoachText"/>.</summary>
public abstract record TextRun;

/// <summary>Words as they are, never markup: adapters escape them.</summary>
public sealed record Words(string Text) : TextRun;

/// <summary>A command a person can type, which each adapter writes in its platform's words.</summary>
public sealed record CommandRun(ChatCommand Command) : TextRun;
