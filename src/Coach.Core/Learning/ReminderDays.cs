namespace Coach.Core.Learning;

/// <summary>On which days a reminder comes.</summary>
public enum ReminderDays
{
    Weekdays,
    Daily,
}
