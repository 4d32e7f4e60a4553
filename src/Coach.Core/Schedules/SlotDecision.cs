namespace Coach.Core.Schedules;

/// <summary>What a scheduler should do about a channel right now.</summary>
public sealed record SlotDecision(SlotAction Action, DateTimeOffset? Slot)
{
    public static SlotDecision NothingDue { get; } = new(SlotAction.Nothing, null);

    public static SlotDecision Post(DateTimeOffset slot) => new(SlotAction.Post, slot);

    public static SlotDecision Missed(DateTimeOffset slot) => new(SlotAction.Missed, slot);
}
