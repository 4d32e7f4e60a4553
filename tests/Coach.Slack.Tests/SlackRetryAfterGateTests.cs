using Coach.Slack.Api;
using Microsoft.Extensions.DependencyInjection;
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

    /// <summary>
    /// A Retry-After wait inside the resilience handler runs under the attempt timeout (10 s): a longer one
    /// times out, is retried into the same wait and counts against the circuit breaker. So the wait sits
    /// outside the retries, and the pause on a 429 inside them, where every attempt is seen.
    /// </summary>
    [Fact]
    public async Task The_wait_is_outside_the_retries_and_their_attempt_timeout_and_the_pause_inside()
    {
        await using var slack = await FakeSlack.StartAsync();
        await using var host = await SlackHost.StartAsync(slack, "SigningSecret", "secret");
        var chain = new List<Type>();
        for (var handler = host.Services.GetRequiredService<IHttpMessageHandlerFactory>().CreateHandler(typeof(SlackApiClient).Name); handler is DelegatingHandler delegating; handler = delegating.InnerHandler)
        {
            chain.Add(delegating.GetType());
        }

        var wait = chain.IndexOf(typeof(SlackRetryAfterWait));
        var resilience = chain.FindIndex(type => type.Name.Contains("Resilience", StringComparison.Ordinal));
        var pause = chain.IndexOf(typeof(SlackRetryAfterPause));
        wait.ShouldBeGreaterThanOrEqualTo(0, string.Join(" > ", chain.Select(type => type.Name)));
        resilience.ShouldBeGreaterThan(wait, string.Join(" > ", chain.Select(type => type.Name)));
        pause.ShouldBeGreaterThan(resilience, string.Join(" > ", chain.Select(type => type.Name)));
    }
}
