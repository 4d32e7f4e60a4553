namespace Coach.Core.Learning;

/// <summary>Days, in the person's own zone, on which they said they are away: no reminders, and the streak waits.</summary>
public sealed record AwayPeriod(DateOnly First, DateOnly Last)
{
    public bool Contains(DateOnly day) => day >= First && day <= Last;
}
