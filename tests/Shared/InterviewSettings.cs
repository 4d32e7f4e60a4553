namespace Coach.Tests;

/// <summary>Command-line settings for mock interviews in tests.</summary>
internal static class InterviewSettings
{
    /// <summary>
    /// No follow-up questions, for tests about something else (restarts, replicas, dropped connections)
    /// whose answers touch a few key points: whether such an answer gets a follow-up depends on the
    /// question drawn, which depends on the day. Follow-ups have tests of their own.
    /// </summary>
    public static readonly string[] NoFollowUps = ["--Coach:Interview:FollowUps", "false"];
}
