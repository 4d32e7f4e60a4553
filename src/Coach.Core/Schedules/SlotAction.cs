namespace Coach.Core.Schedules;

public enum SlotAction
{
    /// <summary>The schedule has never fired.</summary>
    Nothing,

    /// <summary>The latest slot is within the grace window: claim it and post (a claimed slot is a no-op).</summary>
    Post,

    /// <summary>The latest slot is older than the grace window: skip it and say so in the log.</summary>
    Missed,
}
