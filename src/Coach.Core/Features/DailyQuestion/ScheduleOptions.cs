namespace Coach.Core.Features.DailyQuestion;

/// <summary>Defaults of the daily question: <c>Coach:Schedule</c>. Channels set their own with <c>/coach schedule</c>.</summary>
public sealed class ScheduleOptions
{
    public const string Section = "Coach:Schedule";

    /// <summary>The slot of a channel that has not chosen one.</summary>
    public string Cron { get; set; } = "0 9 * * MON-FRI";

    public string TimeZone { get; set; } = "UTC";

    /// <summary>How late a slot missed while the service was down may still be posted.</summary>
    public TimeSpan MisfireGrace { get; set; } = TimeSpan.FromHours(2);

    /// <summary>When nobody has replied, the model answer is revealed this long after the question.</summary>
    public TimeSpan RevealAfter { get; set; } = TimeSpan.FromHours(4);

    /// <summary>The shortest gap a channel's own cron may have between two questions (<c>/coach schedule</c>).</summary>
    public TimeSpan MinInterval { get; set; } = TimeSpan.FromHours(1);

    /// <summary>How often the scheduler looks for due slots.</summary>
    public TimeSpan Tick { get; set; } = TimeSpan.FromSeconds(30);
}
