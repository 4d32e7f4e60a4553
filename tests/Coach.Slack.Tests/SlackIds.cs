using System.Globalization;

namespace Coach.Slack.Tests;

/// <summary>Ids shaped as Slack makes them, new for every request as Slack's are.</summary>
internal static class SlackIds
{
    private static long Requests;

    /// <summary>A slash command's or button press's <c>trigger_id</c>, e.g. <c>13345224609.738474920.8088930838d88f008e0</c>.</summary>
    public static string TriggerId() =>
        string.Create(CultureInfo.InvariantCulture, $"{13345224609 + Interlocked.Increment(ref Requests)}.738474920.{Guid.NewGuid().ToString("N")[..19]}");
}
