using System.Net;
using Coach.Slack.Tests.Operations;
using Coach.Tests;

namespace Coach.Slack.Tests.Faults;

/// <summary>Slack answering 429, 500 and not at all for a while: once it recovers, every message arrives once, in order.</summary>
public sealed class FlakySlackTests
{
    /// <summary>
    /// Short enough that a hung call is given up within the test, long enough that a call which is only
    /// slow on a busy machine is not: giving that one up would post it twice (Slack has no idempotency key).
    /// </summary>
    private const string AttemptTimeout = "00:00:05";

    [Fact]
    public async Task A_web_api_call_that_hangs_is_given_up_and_tried_again()
    {
        await using var slack = await FakeSlack.StartAsync();
        await using var host = await SlackHost.StartAsync(slack, "SigningSecret", SignedRequests.Secret, "AttemptTimeout", AttemptTimeout);
        slack.FailNext(FakeSlack.Hang);

        (await SignedRequests.CommandAsync(host, "/coach", "next")).StatusCode.ShouldBe(HttpStatusCode.OK);

        await Eventually.HoldsAsync(() => slack.Posted("chat.postMessage").Count == 1);
        ((string?)slack.Posted("chat.postMessage")[0]["channel"]).ShouldBe("C1");
        slack.Hanging.ShouldBe(1);
    }

    [Fact]
    public async Task Messages_to_one_conversation_arrive_once_each_and_in_order_through_429_500_and_a_hang()
    {
        await using var slack = await FakeSlack.StartAsync();
        await using var host = await SlackHost.StartAsync(slack, "SigningSecret", SignedRequests.Secret, "AttemptTimeout", AttemptTimeout);
        slack.FailNext(429, 500, FakeSlack.Hang, 500, 429);

        var sent = new[] { ("EvF1", "mock 3"), ("EvF2", "hint"), ("EvF3", "hint"), ("EvF4", "skip") };
        foreach (var (id, text) in sent)
        {
            (await SignedRequests.EventAsync(host, id, SignedRequests.DirectMessage("U1", text, $"1700000600.{id[^1]}"))).StatusCode.ShouldBe(HttpStatusCode.OK);
        }

        await Eventually.HoldsAsync(() => slack.Said("Question 2 of 3"));
        var texts = slack.Posted("chat.postMessage").Select(post => (string?)post["text"] ?? "").ToList();
        texts.Count.ShouldBe(5, string.Join("\n", texts));
        texts[0].ShouldContain("Question 1 of 3");
        texts[1].ShouldStartWith("Hint");
        texts[2].ShouldStartWith("Hint");
        texts[2].ShouldNotBe(texts[1], "the second hint is the next key point");
        texts[3].ShouldStartWith("Skipped");
        texts[4].ShouldContain("Question 2 of 3");
    }
}
