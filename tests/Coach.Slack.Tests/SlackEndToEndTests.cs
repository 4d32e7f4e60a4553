using System.Diagnostics.CodeAnalysis;
using System.Net;
using System.Text;
using System.Text.Json.Nodes;
using Coach.Core.App;
using Coach.Slack.Receivers;
using Coach.Tests;

namespace Coach.Slack.Tests;

/// <summary>Coach on Kestrel with the Slack receiver, against the fake Web API, over real HTTP on loopback.</summary>
[SuppressMessage("Reliability", "CA1001", Justification = "xunit disposes test classes through IAsyncLifetime.DisposeAsync.")]
public sealed class SlackEndToEndTests : IAsyncLifetime
{
    private const string Secret = "test-signing-secret";
    private FakeSlack? _slack;
    private SlackHost? _host;

    private FakeSlack Slack => _slack!;

    private HttpClient Client => _host!.Client;

    public async Task InitializeAsync()
    {
        _slack = await FakeSlack.StartAsync();
        // Slack's own attempt timeout: a shorter one would give up on calls that are merely slow on a
        // busy machine, and the retry would post a second message with a new ts (a thread nobody replies in).
        _host = await SlackHost.StartAsync(_slack, "SigningSecret", Secret);
    }

    [Fact]
    public async Task A_signed_ask_is_answered_in_the_response_privately_with_a_share_button()
    {
        var response = await SendAsync("/slack/commands", Form(("command", "/ask"), ("text", "what is macie"), ("user_id", "U1"), ("user_name", "alice"), ("channel_id", "C1"), ("response_url", Slack.ResponseUrl.ToString())));

        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        var body = JsonNode.Parse(await response.Content.ReadAsStringAsync())!;
        ((string?)body["response_type"]).ShouldBe("ephemeral");
        body["blocks"]!.ToJsonString().ShouldContain("Model answer: What is Macie?");
        body["blocks"]!.ToJsonString().ShouldContain("share-answer");
    }

    /// <summary>Slack has Coach's commands as slash commands, so its help and usage lines name them so, as code.</summary>
    [Fact]
    public async Task Help_and_usage_name_the_slash_commands()
    {
        var usage = JsonNode.Parse(await (await SendAsync("/slack/commands", Form(("command", "/ask"), ("text", ""), ("user_id", "U1"), ("channel_id", "C1"), ("response_url", Slack.ResponseUrl.ToString())))).Content.ReadAsStringAsync())!;
        ((string?)usage["text"]).ShouldBe("Ask me about anything in the question bank, e.g. `/ask what is macie` or `/ask sg vs nacl`.");

        (await SendAsync("/slack/commands", Form(("command", "/coach"), ("text", "help"), ("user_id", "U1"), ("channel_id", "C1"), ("response_url", Slack.ResponseUrl.ToString())))).StatusCode.ShouldBe(HttpStatusCode.OK);
        await Eventually.HoldsAsync(() => Slack.Posted("response_url").Count == 1);
        var help = (string)Slack.Posted("response_url").Single()["text"]!;
        help.ShouldContain("`/coach schedule 0 9 * * MON-FRI Europe/Berlin iam, data protection`");
        help.ShouldContain("`/coach progress`");
        help.ShouldNotContain("**");
    }

    /// <summary>
    /// Slack parses a message's top-level <c>text</c> as mrkdwn and builds notifications from it, so what a
    /// person typed must be as harmless there as in the blocks: no live <c>@channel</c>, no disguised link.
    /// Slack sends what was typed with <c>&amp;</c>, <c>&lt;</c>, <c>&gt;</c> escaped.
    /// </summary>
    [Fact]
    public async Task Nothing_a_person_typed_reaches_slack_s_text_field_as_a_mention_or_a_link()
    {
        const string Typed = "&lt;!channel&gt; &lt;https://evil.example/sso|Click here now&gt; &lt;@U0123ABC&gt;";
        var response = await SendAsync("/slack/commands", Form(("command", "/ask"), ("text", Typed), ("user_id", "U1"), ("channel_id", "C1"), ("response_url", Slack.ResponseUrl.ToString())));
        var body = JsonNode.Parse(await response.Content.ReadAsStringAsync())!;
        var text = (string?)body["text"];
        text.ShouldNotBeNull();
        text.ShouldContain("&lt;!channel&gt;", customMessage: "the query is echoed, escaped");
        AssertHarmless(text);

        // A display name is chosen by its owner, and a shared answer names who shared it.
        var share = """{"type":"block_actions","user":{"id":"U1","username":"<!here>","name":"<!here>"},"channel":{"id":"C1"},"container":{"type":"ephemeral"},"actions":[{"action_id":"share-answer:0","value":"aws-security/6"}]}""";
        (await SendAsync("/slack/interactivity", Form(("payload", share)))).StatusCode.ShouldBe(HttpStatusCode.OK);
        await Eventually.HoldsAsync(() => Slack.Posted("chat.postMessage").Count == 1);
        var shared = Slack.Posted("chat.postMessage")[0];
        ((string?)shared["text"])!.ShouldContain("shared:");
        AssertHarmless((string?)shared["text"]);
        AssertHarmless(shared["blocks"]!.ToJsonString());

        // A schedule topic is echoed when it is refused (topics must be the bank's, so none is ever announced).
        (await SendAsync("/slack/commands", Form(("command", "/coach"), ("text", $"schedule 0 9 * * MON-FRI UTC iam, {Typed}"), ("user_id", "U1"), ("channel_id", "C1"), ("response_url", Slack.ResponseUrl.ToString())))).StatusCode.ShouldBe(HttpStatusCode.OK);
        await Eventually.HoldsAsync(() => Slack.Posted("response_url").Any(reply => ((string?)reply["text"] ?? "").Contains("has no topic", StringComparison.Ordinal)));
        var refusal = Slack.Posted("response_url").Single(reply => ((string?)reply["text"] ?? "").Contains("has no topic", StringComparison.Ordinal));
        AssertHarmless((string?)refusal["text"]);
        AssertHarmless(refusal["blocks"]!.ToJsonString());
        Slack.Posted("chat.postMessage").Count.ShouldBe(1, "only the shared answer was posted in the channel");

        static void AssertHarmless(string? text)
        {
            text.ShouldNotBeNull();
            text.ShouldNotContain("<!");
            text.ShouldNotContain("<http");
            text.ShouldNotContain("<@");
        }
    }

    /// <summary>Slack's <c>users.info</c> says who is a workspace admin or owner and who is a guest.</summary>
    [Theory]
    [InlineData("member", false)]
    [InlineData("guest", false)]
    [InlineData("single-channel guest", false)]
    [InlineData("admin", true)]
    [InlineData("owner", true)]
    public async Task Only_workspace_admins_and_owners_may_pause_a_channel_s_daily_question(string role, bool allowed)
    {
        Slack.Roles["U5"] = role;
        await SendAsync("/slack/commands", Form(("command", "/coach"), ("text", "schedule 0 9 * * MON-FRI UTC"), ("user_id", "U1"), ("channel_id", "C5"), ("response_url", Slack.ResponseUrl.ToString())));
        await Eventually.HoldsAsync(() => Slack.Posted("chat.postMessage").Count == 1);

        (await SendAsync("/slack/commands", Form(("command", "/coach"), ("text", "pause"), ("user_id", "U5"), ("channel_id", "C5"), ("response_url", Slack.ResponseUrl.ToString())))).StatusCode.ShouldBe(HttpStatusCode.OK);
        (await SendAsync("/slack/commands", Form(("command", "/coach"), ("text", "status"), ("user_id", "U5"), ("channel_id", "C5"), ("response_url", Slack.ResponseUrl.ToString())))).StatusCode.ShouldBe(HttpStatusCode.OK);

        // One channel's turns are worked off in order, so the status answers after the pause was decided.
        static bool IsStatus(JsonObject reply) => ((string?)reply["text"] ?? "").StartsWith("Schedule:", StringComparison.Ordinal);
        await Eventually.HoldsAsync(() => Slack.Posted("response_url").Any(IsStatus));
        var status = (string)Slack.Posted("response_url").Single(IsStatus)["text"]!;
        if (allowed)
        {
            Slack.Posted("chat.postMessage").ShouldContain(post => ((string?)post["text"] ?? "").StartsWith("Daily question paused.", StringComparison.Ordinal));
            status.ShouldContain("paused", Case.Insensitive);
        }
        else
        {
            Slack.Posted("response_url").ShouldContain(r => ((string?)r["text"] ?? "").StartsWith("Only admins can change", StringComparison.Ordinal) && (string?)r["response_type"] == "ephemeral");
            Slack.Posted("chat.postMessage").ShouldHaveSingleItem("only the schedule's announcement");
            status.ShouldNotContain("paused", Case.Insensitive);
        }
    }

    [Fact]
    public async Task The_playground_is_off_when_slack_is_configured()
    {
        (await Client.GetAsync(new Uri("/", UriKind.Relative))).StatusCode.ShouldBe(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task A_thread_reply_to_the_daily_question_gets_one_model_answer_however_often_slack_delivers_it()
    {
        (await SendAsync("/slack/commands", Form(("command", "/coach"), ("text", "next"), ("user_id", "U1"), ("channel_id", "C1"), ("response_url", Slack.ResponseUrl.ToString())))).StatusCode.ShouldBe(HttpStatusCode.OK);
        await Eventually.HoldsAsync(() => Slack.Posted("chat.postMessage").Count == 1);
        var question = Slack.Posted("chat.postMessage")[0];
        ((string?)question["channel"]).ShouldBe("C1");
        var threadTs = "1700000000.000001";

        var reply = $$$"""{"type":"event_callback","event_id":"Ev42","event":{"type":"message","user":"U2","channel":"C1","channel_type":"channel","text":"Macie finds PII in S3 with machine learning","ts":"1700000001.000001","thread_ts":"{{{threadTs}}}"}}""";
        foreach (var retry in new[] { (string?)null, "1", "2" })
        {
            (await SendAsync("/slack/events", new StringContent(reply, Encoding.UTF8, "application/json"), retry)).StatusCode.ShouldBe(HttpStatusCode.OK);
        }

        await Eventually.HoldsAsync(() => Slack.Posted("chat.update").Count == 1);
        var answers = Slack.Posted("chat.postMessage").Skip(1).ToList();
        answers.Count.ShouldBe(1);
        ((string?)answers[0]["thread_ts"]).ShouldBe(threadTs);
        answers[0]["blocks"]!.ToJsonString().ShouldContain("Model answer:");
    }

    /// <summary>
    /// <i>I covered this</i> under private feedback, the words typed into the input block Slack shows
    /// in the message (sent back as a <c>plain_text_input</c> action on Enter), <c>/coach reports accept</c>,
    /// and the next answer in those words covering the point; a problem reported the same way.
    /// </summary>
    [Fact]
    public async Task An_appeal_typed_into_slack_s_input_block_and_accepted_makes_those_words_cover_the_point()
    {
        const string Phrase = "zebra quantum stripes";
        const string ThreadTs = "1700000000.000001";
        await SendAsync("/slack/commands", Form(("command", "/coach"), ("text", "next"), ("user_id", "U1"), ("channel_id", "C1"), ("response_url", Slack.ResponseUrl.ToString())));
        await Eventually.HoldsAsync(() => Slack.Posted("chat.postMessage").Count == 1, Seen);
        await SendEventAsync("Ev80", $$$"""{"type":"message","user":"U2","channel":"C1","channel_type":"channel","text":"no idea","ts":"1700000001.000001","thread_ts":"{{{ThreadTs}}}"}""");
        await Eventually.HoldsAsync(() => Slack.Posted("chat.update").Count == 1, Seen);

        await SendEventAsync("Ev81", $$$"""{"type":"message","user":"U3","channel":"C1","channel_type":"channel","text":"{{{Phrase}}}","ts":"1700000002.000001","thread_ts":"{{{ThreadTs}}}"}""");
        await Eventually.HoldsAsync(() => Slack.Posted("chat.postEphemeral").Count == 1, Seen);
        var feedback = Slack.Posted("chat.postEphemeral")[0];
        ((string?)feedback["user"]).ShouldBe("U3");
        CoveredCount(feedback).ShouldBe(0);
        var appeal = Elements(feedback).First(element => ((string?)element["action_id"])!.StartsWith("appeal-point:", StringComparison.Ordinal));
        var value = (string)appeal["value"]!;
        value.ShouldEndWith("#0");
        var questionId = value[..^2];

        var press = $$$"""{"type":"block_actions","user":{"id":"U3","username":"carol"},"channel":{"id":"C1"},"container":{"type":"ephemeral","thread_ts":"{{{ThreadTs}}}"},"actions":[{"type":"button","action_id":"{{{appeal["action_id"]}}}","value":"{{{value}}}"}]}""";
        (await SendAsync("/slack/interactivity", Form(("payload", press)))).StatusCode.ShouldBe(HttpStatusCode.OK);
        await Eventually.HoldsAsync(() => Slack.Posted("chat.postEphemeral").Count == 2, Seen);
        var prompt = Slack.Posted("chat.postEphemeral")[1];
        var input = prompt["blocks"]!.AsArray().Single(block => (string?)block!["type"] == "input")!;
        ((string?)input["block_id"]).ShouldBe($"prompt|{value}");
        ((bool?)input["dispatch_action"]).ShouldBe(true);
        var field = input["element"]!;
        ((string?)field["type"]).ShouldBe("plain_text_input");

        var typed = $$$"""{"type":"block_actions","user":{"id":"U3","username":"carol"},"channel":{"id":"C1"},"container":{"type":"ephemeral","thread_ts":"{{{ThreadTs}}}"},"actions":[{"type":"plain_text_input","block_id":"prompt|{{{value}}}","action_id":"{{{field["action_id"]}}}","value":"{{{Phrase}}}"}]}""";
        (await SendAsync("/slack/interactivity", Form(("payload", typed)))).StatusCode.ShouldBe(HttpStatusCode.OK);
        await Eventually.HoldsAsync(() => SaidPrivately("Thanks: appeal #1"), Seen);

        var report = $$$"""{"type":"block_actions","user":{"id":"U3","username":"carol"},"channel":{"id":"C1"},"container":{"type":"ephemeral"},"actions":[{"type":"plain_text_input","block_id":"prompt|{{{questionId}}}","action_id":"report-submit:0","value":"this is outdated"}]}""";
        (await SendAsync("/slack/interactivity", Form(("payload", report)))).StatusCode.ShouldBe(HttpStatusCode.OK);
        await Eventually.HoldsAsync(() => SaidPrivately("Thanks: report #2"), Seen);

        await SendAsync("/slack/commands", Form(("command", "/coach"), ("text", "reports"), ("user_id", "U1"), ("channel_id", "C1"), ("response_url", Slack.ResponseUrl.ToString())));
        await Eventually.HoldsAsync(() => SaidPrivately("2 open:"), Seen);
        await SendAsync("/slack/commands", Form(("command", "/coach"), ("text", "reports accept 1"), ("user_id", "U1"), ("channel_id", "C1"), ("response_url", Slack.ResponseUrl.ToString())));
        await Eventually.HoldsAsync(() => SaidPrivately("Accepted #1"), Seen);

        await SendEventAsync("Ev82", $$$"""{"type":"message","user":"U4","channel":"C1","channel_type":"channel","text":"{{{Phrase}}}","ts":"1700000003.000001","thread_ts":"{{{ThreadTs}}}"}""");
        await Eventually.HoldsAsync(() => Slack.Posted("chat.postEphemeral").Any(post => (string?)post["user"] == "U4"), Seen);
        CoveredCount(Slack.Posted("chat.postEphemeral").Single(post => (string?)post["user"] == "U4")).ShouldBe(1);
    }

    private string Seen() => string.Join("\n", Slack.Calls.Select(call => $"{call.Method}: {call.Body.ToJsonString()[..Math.Min(300, call.Body.ToJsonString().Length)]}"));

    private bool SaidPrivately(string text) =>
        Slack.Posted("chat.postEphemeral").Concat(Slack.Posted("response_url")).Any(post => post.ToJsonString().Contains(text, StringComparison.Ordinal));

    private static IEnumerable<JsonNode> Elements(JsonObject message) =>
        message["blocks"]!.AsArray().Where(block => (string?)block!["type"] == "actions").SelectMany(block => block!["elements"]!.AsArray()).Select(element => element!);

    private static int CoveredCount(JsonObject message) =>
        int.Parse(System.Text.RegularExpressions.Regex.Match(message["blocks"]!.ToJsonString(), @"(\d+) of \d+ key points covered").Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture);

    [Fact]
    public async Task The_leaderboard_names_people_as_slack_shows_them_without_mentioning_them_or_quoting_their_answers()
    {
        Slack.People["U7"] = "Grace Hopper";
        (await SendAsync("/slack/commands", Form(("command", "/coach"), ("text", "next"), ("user_id", "U1"), ("channel_id", "C9"), ("response_url", Slack.ResponseUrl.ToString())))).StatusCode.ShouldBe(HttpStatusCode.OK);
        await Eventually.HoldsAsync(() => Slack.Posted("chat.postMessage").Count == 1, Seen);
        var threadTs = "1700000000.000001";
        foreach (var (id, user, text) in new[] { ("Ev70", "U7", "my own words about it"), ("Ev71", "U8", "other words entirely") })
        {
            (await SendEventAsync(id, $$$"""{"type":"message","user":"{{{user}}}","channel":"C9","channel_type":"channel","text":"{{{text}}}","ts":"1700000002.00000{{{id[^1]}}}","thread_ts":"{{{threadTs}}}"}""")).StatusCode.ShouldBe(HttpStatusCode.OK);
        }

        await Eventually.HoldsAsync(() => Slack.Posted("chat.postEphemeral").Count == 1, Seen); // the second reply's private feedback
        (await SendAsync("/slack/commands", Form(("command", "/coach"), ("text", "leaderboard"), ("user_id", "U1"), ("channel_id", "C9"), ("response_url", Slack.ResponseUrl.ToString())))).StatusCode.ShouldBe(HttpStatusCode.OK);

        await Eventually.HoldsAsync(() => Slack.Posted("chat.postMessage").Any(post => ((string?)post["text"] ?? "").StartsWith("Leaderboard", StringComparison.Ordinal)), Seen);
        var board = Slack.Posted("chat.postMessage").Single(post => ((string?)post["text"] ?? "").StartsWith("Leaderboard", StringComparison.Ordinal));
        var shown = board.ToJsonString();
        ((string?)board["channel"]).ShouldBe("C9");
        shown.ShouldContain("Grace Hopper: 1 answered");
        shown.ShouldContain("U8: 1 answered", customMessage: "users.info does not know U8, so its id stands");
        shown.ShouldNotContain("<@");
        shown.ShouldNotContain("own words");
        // U1's role was asked once, for /coach next; the names once each, for the board.
        Slack.Posted("users.info").Select(call => (string?)call["user"]).ShouldBe(["U1", "U7", "U8"], ignoreOrder: true);
    }

    [Fact]
    public async Task Asking_for_a_question_in_a_channel_coach_is_not_in_tells_the_person_to_invite_it()
    {
        Slack.ChannelsWithoutCoach["C9"] = true;

        (await SendAsync("/slack/commands", Form(("command", "/coach"), ("text", "next"), ("user_id", "U1"), ("channel_id", "C9"), ("response_url", Slack.ResponseUrl.ToString())))).StatusCode.ShouldBe(HttpStatusCode.OK);

        await Eventually.HoldsAsync(() => Slack.Posted("response_url").Count == 1);
        var advice = Slack.Posted("response_url")[0];
        ((string?)advice["response_type"]).ShouldBe("ephemeral");
        advice["text"]!.ToString().ShouldContain("/invite @Coach");
        // Slack's refusal is an answer, not a failure: asked once, not retried.
        ((string?)Slack.Posted("chat.postMessage").ShouldHaveSingleItem()["channel"]).ShouldBe("C9");
    }

    [Fact]
    public async Task A_reveal_button_press_posts_the_answer_in_the_thread_even_through_a_rate_limit()
    {
        await SendAsync("/slack/commands", Form(("command", "/coach"), ("text", "next"), ("user_id", "U1"), ("channel_id", "C1"), ("response_url", Slack.ResponseUrl.ToString())));
        await Eventually.HoldsAsync(() => Slack.Posted("chat.postMessage").Count == 1);
        Slack.FailNext(429, 500);

        var payload = """{"type":"block_actions","user":{"id":"U1","username":"alice"},"channel":{"id":"C1"},"container":{"type":"message","message_ts":"1700000000.000001"},"actions":[{"action_id":"reveal-answer:0","value":""}]}""";
        (await SendAsync("/slack/interactivity", Form(("payload", payload)))).StatusCode.ShouldBe(HttpStatusCode.OK);

        await Eventually.HoldsAsync(() => Slack.Posted("chat.update").Count == 1);
        var answer = Slack.Posted("chat.postMessage").Skip(1).ShouldHaveSingleItem();
        ((string?)answer["thread_ts"]).ShouldBe("1700000000.000001");
    }

    [Fact]
    public async Task A_mock_interview_over_im_messages_asks_a_follow_up_after_a_partial_answer_and_its_reply_raises_the_score()
    {
        await SendEventAsync("Ev1", DirectMessage(IamInterview.Start, "1.0"));
        await Eventually.HoldsAsync(() => Slack.Said("Question 1 of 1"), Seen);
        var (answer, reply) = IamInterview.For(Slack.Posted("chat.postMessage").Single().ToJsonString());

        await SendEventAsync("Ev2", DirectMessage(answer, "2.0"));
        await Eventually.HoldsAsync(() => Slack.Said("Follow-up (question 1 of 1): You did not mention"), Seen);
        var followUp = Slack.Posted("chat.postMessage")[^1];
        followUp.ToJsonString().ShouldNotContain("Model answer", customMessage: "the follow-up comes before the model answer");
        followUp["blocks"]!.AsArray().SelectMany(block => block!["elements"]?.AsArray() ?? []).Select(element => (string?)element!["action_id"])
            .ShouldHaveSingleItem().ShouldStartWith($"{CoachActions.SkipQuestion}:", customMessage: "Skip, and no Hint: a hint would give the point away");

        await SendEventAsync("Ev3", DirectMessage(reply, "3.0"));
        await Eventually.HoldsAsync(() => Slack.Said("Scorecard"), Seen);
        var posts = Slack.Posted("chat.postMessage");
        posts.Count.ShouldBe(4, "the question, one follow-up, the feedback with the model answer, the scorecard");
        ((string)posts[2]["text"]!).ShouldStartWith("Your follow-up brought out “");
        posts[2]["blocks"]!.ToJsonString().ShouldContain("Your follow-up brought out", customMessage: "said in the blocks people see, not only in the notification text");
        posts[2].ToJsonString().ShouldContain("Model answer");
        ((string)posts[3]["text"]!).ShouldContain("only in the follow-up (");
        posts.ShouldAllBe(post => (string?)post["channel"] == "D1");
    }

    private static string DirectMessage(string text, string ts) =>
        new JsonObject { ["type"] = "message", ["user"] = "U1", ["channel"] = "D1", ["channel_type"] = "im", ["text"] = text, ["ts"] = ts }.ToJsonString();

    [Fact]
    public async Task Coach_commands_typed_in_a_direct_message_during_a_mock_interview_run_and_are_not_taken_as_answers()
    {
        await SendEventAsync("Ev90", """{"type":"message","user":"U1","channel":"D1","channel_type":"im","text":"mock 2","ts":"90.0"}""");
        await Eventually.HoldsAsync(() => Slack.Said("Question 1 of 2"), Seen);

        await SendEventAsync("Ev91", """{"type":"message","user":"U1","channel":"D1","channel_type":"im","text":"coach status","ts":"91.0"}""");
        await Eventually.HoldsAsync(() => Answered("There is no daily question in this channel yet"), Seen);
        await SendEventAsync("Ev92", """{"type":"message","user":"U1","channel":"D1","channel_type":"im","text":"Coach progress","ts":"92.0"}""");
        await Eventually.HoldsAsync(() => Answered("Your progress"), Seen);
        Slack.Said("Question 2 of 2").ShouldBeFalse("neither command was graded as an answer");

        await SendEventAsync("Ev93", """{"type":"message","user":"U1","channel":"D1","channel_type":"im","text":"encrypt with KMS and least privilege","ts":"93.0"}""");
        // Graded as the answer: the next question, or the follow-up a partial answer gets, whichever question came first.
        await Eventually.HoldsAsync(() => Slack.Said("Question 2 of 2") || Slack.Said("Follow-up (question 1 of 2)"), Seen);
    }

    private bool Answered(string text) => Slack.Calls.Any(call => call.Body.ToJsonString().Contains(text, StringComparison.Ordinal));

    [Fact]
    public async Task Url_verification_echoes_the_challenge()
    {
        var response = await SendAsync("/slack/events", new StringContent("""{"type":"url_verification","challenge":"3eZbrw1aBm2rZgRNFdxV2595E9CY3gmdALWMmHkvFXO7tYXAYM8P"}""", Encoding.UTF8, "application/json"));

        ((string?)JsonNode.Parse(await response.Content.ReadAsStringAsync())!["challenge"]).ShouldBe("3eZbrw1aBm2rZgRNFdxV2595E9CY3gmdALWMmHkvFXO7tYXAYM8P");
    }

    [Fact]
    public async Task Bad_signatures_malformed_bodies_and_huge_bodies_are_refused_and_the_host_keeps_serving()
    {
        var body = Form(("command", "/ask"), ("text", "macie"), ("user_id", "U1"), ("channel_id", "C1"));
        using var unsigned = new HttpRequestMessage(HttpMethod.Post, new Uri("/slack/commands", UriKind.Relative)) { Content = body };
        (await Client.SendAsync(unsigned)).StatusCode.ShouldBe(HttpStatusCode.Unauthorized);

        var stale = DateTimeOffset.UtcNow.AddMinutes(-6).ToUnixTimeSeconds().ToString(System.Globalization.CultureInfo.InvariantCulture);
        (await SendAsync("/slack/commands", Form(("command", "/ask")), timestamp: stale)).StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
        (await SendAsync("/slack/events", new StringContent("{not json", Encoding.UTF8, "application/json"))).StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await SendAsync("/slack/commands", new StringContent("""{"command":"/ask"}""", Encoding.UTF8, "application/json"))).StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await SendAsync("/slack/events", new StringContent("""{"type":"event_callback","event":{"type":"star_added"}}""", Encoding.UTF8, "application/json"))).StatusCode.ShouldBe(HttpStatusCode.OK);
        (await SendAsync("/slack/events", new StringContent(new string(' ', 2 * 1024 * 1024), Encoding.UTF8, "application/json"))).StatusCode.ShouldBe(HttpStatusCode.RequestEntityTooLarge);

        (await SendAsync("/slack/commands", Form(("command", "/ask"), ("text", "what is macie"), ("user_id", "U1"), ("channel_id", "C1")))).StatusCode.ShouldBe(HttpStatusCode.OK);
    }

    public async Task DisposeAsync()
    {
        await _host!.DisposeAsync();
        await _slack!.DisposeAsync();
    }

    private Task<HttpResponseMessage> SendEventAsync(string id, string ev) =>
        SendAsync("/slack/events", new StringContent($$$"""{"type":"event_callback","event_id":"{{{id}}}","event":{{{ev}}}}""", Encoding.UTF8, "application/json"));

    private async Task<HttpResponseMessage> SendAsync(string path, HttpContent content, string? retry = null, string? timestamp = null)
    {
        var body = await content.ReadAsByteArrayAsync();
        timestamp ??= DateTimeOffset.UtcNow.ToUnixTimeSeconds().ToString(System.Globalization.CultureInfo.InvariantCulture);
        using var request = new HttpRequestMessage(HttpMethod.Post, new Uri(path, UriKind.Relative)) { Content = new ByteArrayContent(body) };
        request.Content.Headers.ContentType = content.Headers.ContentType;
        request.Headers.Add("X-Slack-Request-Timestamp", timestamp);
        request.Headers.Add("X-Slack-Signature", SlackSignature.Sign(Secret, timestamp, body));
        if (retry is not null)
        {
            request.Headers.Add("X-Slack-Retry-Num", retry);
        }

        return await Client.SendAsync(request);
    }

    /// <summary>A form as Slack posts it; a slash command gets the trigger_id Slack gives every one.</summary>
    private static FormUrlEncodedContent Form(params (string Key, string Value)[] fields) =>
        new(fields.Select(field => new KeyValuePair<string, string>(field.Key, field.Value))
            .Concat(fields.Any(field => field.Key == "command") ? [KeyValuePair.Create("trigger_id", SlackIds.TriggerId())] : []));
}
