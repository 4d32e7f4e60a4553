using System.Diagnostics.CodeAnalysis;
using System.Net;
using System.Text.Json.Nodes;
using Coach.Tests;

namespace Coach.Teams.Tests;

/// <summary>
/// Teams has no slash commands and shows backticks as they are, so Coach's help, usage lines and
/// errors name commands the way they are typed there: <c>coach progress</c> in a personal chat,
/// <c>@Coach coach resume</c> in a channel, where a bot only hears what mentions it. Over real HTTP
/// on loopback, against the fake connector.
/// </summary>
[SuppressMessage("Reliability", "CA1001", Justification = "xunit disposes test classes through IAsyncLifetime.DisposeAsync.")]
public sealed class TeamsCommandWordsTests : IAsyncLifetime
{
    private static readonly string[] SlackWords = ["/coach", "/ask", "`"];

    private TeamsRig _rig = null!;

    private string ServiceUrl => _rig.ServiceUrl;

    public async Task InitializeAsync() => _rig = await TeamsRig.StartAsync();

    public async Task DisposeAsync() => await _rig.DisposeAsync();

    [Fact]
    public async Task Help_usage_and_errors_in_a_personal_chat_name_commands_as_typed_there()
    {
        string[] said = ["help", "coach help", "coach frobnicate", "ask", "coach interview-date someday", "coach forget", "mock nosuchtopic", "stop"];
        foreach (var text in said)
        {
            await SendAsync(Activities.Personal(text, ServiceUrl));
        }

        await Eventually.HoldsAsync(() => _rig.Connector.Calls.Count >= said.Length);
        var texts = _rig.Connector.Calls.Select(call => Shown(call.Body)).ToList();
        texts.Count.ShouldBe(said.Length, string.Join("\n---\n", texts));
        foreach (var text in texts)
        {
            SlackWords.Where(word => text.Contains(word, StringComparison.Ordinal)).ShouldBeEmpty(text);
            text.ShouldNotContain("@Coach", customMessage: "a personal chat needs no mention");
        }

        texts[0].ShouldContain("**mock \\[topic\\] \\[easy|medium|hard\\] \\[n\\]**", customMessage: "the interview help, its brackets escaped so they show as typed");
        texts[0].ShouldContain("**coach progress**");
        texts[1].ShouldContain("**coach schedule 0 9 \\* \\* MON-FRI Europe/Berlin iam, data protection**", customMessage: "the team help, its cron's stars escaped");
        texts[3].ShouldBe("Ask me about anything in the question bank, e.g. **ask what is macie** or **ask sg vs nacl**.");
        texts[7].ShouldBe("There is no mock interview open. Say **mock** to start one, or **help**.");
    }

    [Fact]
    public async Task A_reply_in_a_channel_names_commands_after_a_mention_of_coach()
    {
        await SendAsync(Activities.InChannel("<at>Coach</at> coach schedule 0 9 * * MON-FRI UTC", ServiceUrl));
        await SendAsync(Activities.InChannel("<at>Coach</at> coach pause", ServiceUrl));

        await Eventually.HoldsAsync(() => _rig.Connector.Calls.Count >= 2);
        var paused = Shown(_rig.Connector.Calls[1].Body);
        paused.ShouldContain("Daily question paused. **@Coach coach resume** brings it back.");
        SlackWords.Where(word => paused.Contains(word, StringComparison.Ordinal)).ShouldBeEmpty(paused);
    }

    /// <summary>What Teams shows of an activity, or of the activity a new conversation starts with: its text, or its card's texts and summary.</summary>
    private static string Shown(JsonObject body)
    {
        var activity = body["activity"] as JsonObject ?? body;
        var card = activity["attachments"]?[0]?["content"]?["body"]?.AsArray().Select(element => (string?)element?["text"]) ?? [];
        return string.Join("\n", card.Prepend((string?)activity["summary"]).Prepend((string?)activity["text"]).OfType<string>());
    }

    private async Task SendAsync(JsonObject activity) => (await _rig.SendAsync(activity)).StatusCode.ShouldBe(HttpStatusCode.OK);
}
