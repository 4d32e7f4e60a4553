using Coach.Slack.Api;
using Microsoft.Extensions.Time.Testing;

namespace Coach.Slack.Tests;

public sealed class SlackRetryAfterGateTests
{
    private readonly FakeTimeProvider _time = new();

    [Fact]
    public void A_pause_holds_back_every_call_of_that_method_until_it_is_over_and_no_other_method()
    {
        var gate = new SlackRetryAfterGate(_time);

        gate.Pause("chat.postMessage", TimeSpan.FromSeconds(2));
        _time.Advance(TimeSpan.FromSeconds(0.5));

        gate.Remaining("chat.postMessage").ShouldBe(TimeSpan.FromSeconds(1.5));
        gate.Remaining("users.info").ShouldBe(TimeSpan.Zero);
        _time.Advance(TimeSpan.FromSeconds(2));
        gate.Remaining("chat.postMessage").ShouldBe(TimeSpan.Zero);
    }

    [Fact]
    public void A_shorter_pause_never_cuts_a_longer_one_short()
    {
        var gate = new SlackRetryAfterGate(_time);

        gate.Pause("chat.postMessage", TimeSpan.FromSeconds(30));
        gate.Pause("chat.postMessage", TimeSpan.FromSeconds(1));

        gate.Remaining("chat.postMessage").ShouldBe(TimeSpan.FromSeconds(30));
    }
}
