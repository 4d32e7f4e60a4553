namespace Coach.Core.App;

/// <summary>What an adapter tells its platform about a turn: how it was accepted, and the answer when the acknowledgement carries one.</summary>
public sealed record Acknowledgement(TurnAcceptance Outcome, CoachMessage? Answer = null)
{
    public static Acknowledgement Taken { get; } = new(TurnAcceptance.Taken);

    public static Acknowledgement Duplicate { get; } = new(TurnAcceptance.Duplicate);

    public static Acknowledgement Ignored { get; } = new(TurnAcceptance.Ignored);

    public static Acknowledgement TryLater { get; } = new(TurnAcceptance.TryLater);
}
