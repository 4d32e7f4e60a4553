namespace Coach.Tests;

/// <summary>
/// The attempt timeout the Slack and Teams rigs give Coach's platform clients, unless a test sets
/// its own. A busy test machine can stall a loopback call for longer than the production default
/// (10 s) after the fake has already taken it; Coach then gives the call up and sends it again, as
/// it must for a platform that never answered, and the fake counts one message twice (neither
/// platform has an idempotency key). Tests of giving up set a short timeout and a fake that hangs;
/// every other test waits as long as it waits for anything (<see cref="Eventually"/>), and longer.
/// </summary>
internal static class TestAttemptTimeout
{
    public const string Value = "00:01:00";
}
