using System.Diagnostics.CodeAnalysis;
using System.Net;
using System.Text.Json.Nodes;
using Coach.Tests;

namespace Coach.Teams.Tests;

/// <summary>Whole conversations with Coach in Teams, over real HTTP on loopback, against the fake connector.</summary>
[SuppressMessage("Reliability", "CA1001", Justification = "xunit disposes test classes through IAsyncLifetime.DisposeAsync.")]
public sealed class TeamsConversationTests : IAsyncLifetime
{
    private TeamsRig _rig = null!;

    private string ServiceUrl => _rig.ServiceUrl;

    public async Task InitializeAsync() => _rig = await TeamsRig.StartAsync();

    public async Task DisposeAsync() => await _rig.DisposeAsync();

    [Fact]
    public async Task Installed_in_a_team_the_daily_question_starts_a_channel_thread_and_a_reply_brings_one_model_answer_into_it()
    {
        await SendAsync(Activities.Installed(ServiceUrl));
        await Eventually.HoldsAsync(() => _rig.Connector.Calls.Count == 1);
        var welcome = _rig.Connector.Calls[0];
        welcome.Path.ShouldBe("/v3/conversations");
        var card = welcome.Body["activity"]!.AsObject();
        card["text"].ShouldBeNull("an activity's text and its card would show as two messages");
        ((string?)card["summary"])!.StartsWith("Hi, I'm Coach.", StringComparison.Ordinal).ShouldBeTrue("the summary is what a notification shows");
        ((string?)card["attachments"]![0]!["content"]!["body"]![0]!["text"])!.StartsWith("Hi, I'm Coach.", StringComparison.Ordinal).ShouldBeTrue();
        ((string?)welcome.Body["channelData"]!["channel"]!["id"]).ShouldBe(Activities.General);

        await SendAsync(Activities.InChannel("<at>Coach</at> coach next", ServiceUrl));
        await Eventually.HoldsAsync(() => _rig.Connector.Calls.Count == 2);
        var question = _rig.Connector.Calls[1];
        question.Path.ShouldBe("/v3/conversations", "a daily question is a new thread of its own");
        ((string?)question.Body["channelData"]!["channel"]!["id"]).ShouldBe(Activities.General);
        var thread = "activity-2"; // the fake's id for the second activity it was sent

        var reply = Activities.InChannel("Macie finds PII in S3 with machine learning", ServiceUrl, thread);
        await SendAsync(reply);
        await SendAsync(reply); // delivered twice

        await Eventually.HoldsAsync(() => _rig.Connector.Calls.Any(call => call.Method == "PUT"));
        _rig.Connector.Calls.Single(call => call.Method == "PUT").Path.ShouldBe(
            $"/v3/conversations/{Activities.General};messageid={thread}/activities/{thread}",
            "the question that opened the thread is updated in the thread's own conversation");
        var answers = _rig.Connector.Calls.Where(call => call.Method == "POST" && call.Path == $"/v3/conversations/{Activities.General};messageid={thread}/activities").ToList();
        answers.Count.ShouldBe(1);
        answers[0].Body.ToJsonString().ShouldContain("Model answer:");
    }

    /// <summary>With resource-specific consent Teams delivers every channel post; only what mentions Coach is for it.</summary>
    [Fact]
    public async Task Channel_chatter_that_does_not_mention_coach_gets_no_answer_and_runs_no_command()
    {
        await SendAsync(Activities.InChannel("Coach pause the demo?", ServiceUrl));
        await SendAsync(Activities.InChannel("ask Bob about it", ServiceUrl));
        await SendAsync(Activities.InChannel("coach next", ServiceUrl));
        await SendAsync(Activities.InChannel("coach next", ServiceUrl, thread: "someone-elses-thread"));
        var anotherBot = Activities.InChannel("<at>Polly</at> coach next", ServiceUrl);
        anotherBot["entities"] = new JsonArray(new JsonObject { ["type"] = "mention", ["mentioned"] = new JsonObject { ["id"] = "28:polly", ["name"] = "Polly" } });
        await SendAsync(anotherBot);

        // The same text mentioning Coach is a command. The chatter came first on the same conversation's
        // lane, so by the time this question is posted it was all worked off, without a word.
        await SendAsync(Activities.InChannel("<at>Coach</at> coach next", ServiceUrl));
        await Eventually.HoldsAsync(() => _rig.Connector.Calls.Count >= 1);
        await Task.Delay(300);
        var question = _rig.Connector.Calls.ShouldHaveSingleItem("one daily question, no help to anyone, no second question");
        question.Path.ShouldBe("/v3/conversations");
        ((string?)question.Body["channelData"]!["channel"]!["id"]).ShouldBe(Activities.General);
    }

    /// <summary>
    /// Microsoft says a conversation's service URL may change (bots are moving from regional URLs to a
    /// global one): the channel is the same channel, with its schedule and its threads, reached at the new URL.
    /// </summary>
    [Fact]
    public async Task A_channel_whose_service_url_changes_keeps_its_schedule_and_threads_and_is_answered_at_the_new_url()
    {
        await using var moved = await FakeConnector.StartAsync();
        await using var rig = await TeamsRig.StartAsync("--Coach:Teams:AllowedServiceUrls:1", moved.ServiceUrl.ToString());
        var before = rig.ServiceUrl;
        var after = moved.ServiceUrl.ToString();
        await rig.SendAsync(Activities.Installed(before));
        await rig.SendAsync(Activities.InChannel("<at>Coach</at> coach next", before));
        await Eventually.HoldsAsync(() => rig.Connector.Calls.Count == 2);
        var thread = "activity-2";

        var reply = Activities.InChannel("Macie finds PII in S3 with machine learning", after, thread);
        (await rig.SendRawAsync(reply.ToJsonString(), rig.Issuer.Token(after))).StatusCode.ShouldBe(HttpStatusCode.OK);
        await Eventually.HoldsAsync(() => moved.Calls.Any(call => call.Method == "PUT"));
        moved.Calls.ShouldContain(call => call.Path == $"/v3/conversations/{Activities.General};messageid={thread}/activities" && call.Body.ToJsonString().Contains("Model answer:", StringComparison.Ordinal),
            "the same thread, answered at the new URL");

        (await rig.SendRawAsync(Activities.InChannel("<at>Coach</at> coach status", after).ToJsonString(), rig.Issuer.Token(after))).StatusCode.ShouldBe(HttpStatusCode.OK);
        await Eventually.HoldsAsync(() => moved.Calls.Any(call => call.Body.ToJsonString().Contains("Schedule:", StringComparison.Ordinal)));
        moved.Calls.ShouldNotContain(call => call.Body.ToJsonString().Contains("There is no daily question", StringComparison.Ordinal), "the schedule set at the old URL holds");
        rig.Connector.Calls.Count.ShouldBe(2, "nothing more went to the old URL");
    }

    /// <summary>Teams says nothing of roles to a bot; the person who added Coach to the team is one of its owners.</summary>
    [Fact]
    public async Task The_person_who_added_coach_to_the_team_may_pause_it_and_another_member_may_not()
    {
        var installed = Activities.Installed(ServiceUrl);
        installed["from"] = new JsonObject { ["id"] = "29:ida", ["name"] = "Ida Installer" };
        await SendAsync(installed);
        await Eventually.HoldsAsync(() => _rig.Connector.Calls.Count == 1);

        await SendAsync(Activities.InChannel("<at>Coach</at> coach pause", ServiceUrl, userId: "29:carol", userName: "Carol"));
        await Eventually.HoldsAsync(() => _rig.Connector.Calls.Count == 3); // her personal chat opened, the refusal sent there
        _rig.Connector.Calls[2].Body.ToJsonString().ShouldContain("Only admins can change");

        await SendAsync(Activities.InChannel("<at>Coach</at> coach pause", ServiceUrl, userId: "29:ida", userName: "Ida Installer"));
        await Eventually.HoldsAsync(() => _rig.Connector.Calls.Count == 4);
        var paused = _rig.Connector.Calls[3];
        paused.Path.ShouldBe("/v3/conversations", "announced to the team as a post of its own");
        paused.Body.ToJsonString().ShouldContain("Daily question paused.");
    }

    [Fact]
    public async Task Installed_for_a_person_coach_says_hello_in_the_personal_chat()
    {
        var installed = Activities.Personal("", ServiceUrl);
        installed["type"] = "conversationUpdate";
        installed.Remove("text");
        installed["membersAdded"] = new JsonArray(new JsonObject { ["id"] = Activities.CoachId });

        await SendAsync(installed);

        // The welcome, then the dashboard card: both can land between two looks, so wait for both.
        await Eventually.HoldsAsync(() => _rig.Connector.Calls.Count == 2);
        _rig.Connector.Calls.ShouldAllBe(call => call.Path == $"/v3/conversations/{Activities.PersonalConversation}/activities");
        ((string?)_rig.Connector.Calls[0].Body["text"]).ShouldStartWith("Hi, I'm Coach.");
        _rig.Connector.Calls[1].Body["attachments"]!.ToJsonString().ShouldContain("Your progress");
    }

    [Fact]
    public async Task Without_consent_to_read_the_channel_an_answer_typed_into_the_question_card_brings_the_model_answer()
    {
        await SendAsync(Activities.InChannel("<at>Coach</at> coach next", ServiceUrl));
        await Eventually.HoldsAsync(() => _rig.Connector.Calls.Count == 1);
        var card = _rig.Connector.Calls[0].Body["activity"]!["attachments"]![0]!["content"]!;
        card["body"]!.AsArray().ShouldContain(element => (string?)element!["type"] == "Input.Text" && (string?)element["id"] == "answer");
        var answer = card["actions"]!.AsArray().Single(action => (string?)action!["title"] == "Answer")!["data"]!.AsObject();

        var submit = Activities.Submit(Activities.InChannel("", ServiceUrl, "activity-1"), "activity-1", (string)answer["action"]!, "");
        submit["value"]!["answer"] = "Macie uses machine learning to find PII in S3";
        await SendAsync(submit);

        await Eventually.HoldsAsync(() => _rig.Connector.Calls.Any(call => call.Path.EndsWith(";messageid=activity-1/activities", StringComparison.Ordinal)));
        var reply = _rig.Connector.Calls.Single(call => call.Path.EndsWith(";messageid=activity-1/activities", StringComparison.Ordinal)).Body.ToJsonString();
        reply.ShouldContain("Model answer:");
        reply.ShouldContain("feedback on Bob Brown");
    }

    [Fact]
    public async Task A_reveal_answer_press_posts_the_answer_in_the_questions_thread()
    {
        await SendAsync(Activities.InChannel("<at>Coach</at> coach next", ServiceUrl));
        await Eventually.HoldsAsync(() => _rig.Connector.Calls.Count == 1);
        var reveal = _rig.Connector.Calls[0].Body["activity"]!["attachments"]![0]!["content"]!["actions"]!.AsArray()
            .Single(action => (string?)action!["title"] == "Reveal answer")!["data"]!.AsObject();

        await SendAsync(Activities.Submit(Activities.InChannel("", ServiceUrl, "activity-1"), "activity-1", (string)reveal["action"]!, (string)reveal["value"]!));

        await Eventually.HoldsAsync(() => _rig.Connector.Calls.Any(call => call.Path.EndsWith(";messageid=activity-1/activities", StringComparison.Ordinal)));
        _rig.Connector.Calls.Single(call => call.Path.EndsWith(";messageid=activity-1/activities", StringComparison.Ordinal)).Body.ToJsonString().ShouldContain("Model answer:");
    }

    [Fact]
    public async Task Start_mock_interview_pressed_in_the_team_channel_opens_a_personal_chat_through_that_channels_service()
    {
        await SendAsync(Activities.Installed(ServiceUrl));
        await Eventually.HoldsAsync(() => _rig.Connector.Calls.Count == 1);
        var start = _rig.Connector.Calls[0].Body["activity"]!["attachments"]![0]!["content"]!["actions"]!.AsArray()
            .Single(action => (string?)action!["title"] == "Start mock interview")!["data"]!.AsObject();

        await SendAsync(Activities.Submit(Activities.InChannel("", ServiceUrl, "activity-1"), "activity-1", (string)start["action"]!, (string)start["value"]!));

        await Eventually.HoldsAsync(() => _rig.Connector.Calls.Count == 3);
        var open = _rig.Connector.Calls[1];
        (open.Method, open.Path).ShouldBe(("POST", "/v3/conversations"));
        ((bool?)open.Body["isGroup"]).ShouldBe(false);
        ((string?)open.Body["members"]![0]!["id"]).ShouldBe("29:bob");
        _rig.Connector.Calls[2].Path.ShouldBe("/v3/conversations/a:personal-activity-2/activities");
        _rig.Connector.Calls[2].Body.ToJsonString().ShouldContain("Question 1 of 5");
    }

    [Fact]
    public async Task A_two_question_mock_interview_in_a_personal_chat_asks_a_follow_up_and_ends_with_a_scorecard()
    {
        await SendAsync(Activities.Personal("mock iam 2", ServiceUrl));
        await Eventually.HoldsAsync(() => _rig.Connector.Calls.Count == 1);
        var (answer, reply) = IamInterview.For(_rig.Connector.Calls[0].Body.ToJsonString());

        await SendAsync(Activities.Personal(answer, ServiceUrl));
        await Eventually.HoldsAsync(() => _rig.Connector.Calls.Count == 2);
        var followUp = _rig.Connector.Calls[1].Body.ToJsonString();
        followUp.ShouldContain("Follow-up (question 1 of 2): You did not mention");
        followUp.ShouldNotContain("Model answer", Case.Sensitive, "the follow-up comes before the model answer");
        Actions(1).Select(action => (string?)action!["title"]).ShouldBe(["Skip"]);

        await SendAsync(Activities.Personal(reply, ServiceUrl));
        await Eventually.HoldsAsync(() => _rig.Connector.Calls.Count >= 4);
        _rig.Connector.Calls[2].Body["attachments"]!.ToJsonString().ShouldContain("Your follow-up brought out", customMessage: "said on the card people see");
        _rig.Connector.Calls[3].Body.ToJsonString().ShouldContain("Question 2 of 2");
        var skip = Actions(3).Single(action => (string?)action!["title"] == "Skip")!["data"]!.AsObject();

        await SendAsync(Activities.Submit(Activities.Personal("", ServiceUrl), "activity-4", (string)skip["action"]!, (string)skip["value"]!));

        await Eventually.HoldsAsync(() => _rig.Connector.Calls.Any(call => call.Body.ToJsonString().Contains("Scorecard", StringComparison.OrdinalIgnoreCase)));
        _rig.Connector.Calls[^1].Body.ToJsonString().ShouldContain("only in the follow-up");
        _rig.Connector.Calls.ShouldAllBe(call => call.Path == $"/v3/conversations/{Activities.PersonalConversation}/activities");
    }

    /// <summary>Teams sends the sender's zone with each message: as the activity's <c>localTimezone</c>, or in its <c>clientInfo</c> entity.</summary>
    [Fact]
    public async Task A_reminder_is_read_in_the_zone_teams_sends_with_the_message()
    {
        var set = Activities.Personal("coach remind 07:45", ServiceUrl);
        set["localTimezone"] = "Asia/Tokyo";
        await SendAsync(set);
        await Eventually.HoldsAsync(() => _rig.Connector.Calls.Count == 1);

        var moved = Activities.Personal("coach remind", ServiceUrl);
        moved["entities"] = new JsonArray(new JsonObject { ["type"] = "clientInfo", ["locale"] = "en-US", ["country"] = "US", ["platform"] = "Web", ["timezone"] = "America/Chicago" });
        await SendAsync(moved);
        await Eventually.HoldsAsync(() => _rig.Connector.Calls.Count == 2);

        ((string?)_rig.Connector.Calls[0].Body["text"]).ShouldStartWith("I'll remind you at 07:45 on weekdays (Asia/Tokyo time)");
        ((string?)_rig.Connector.Calls[1].Body["text"]).ShouldStartWith("Your reminder: 07:45 on weekdays (America/Chicago time).");
    }

    /// <summary>Teams keeps no page per person, so the dashboard is a card in the personal chat, updated in place after each answer.</summary>
    [Fact]
    public async Task Coach_progress_in_the_personal_chat_is_a_dashboard_card_updated_after_an_answer()
    {
        await SendAsync(Activities.Personal("coach progress", ServiceUrl));
        await Eventually.HoldsAsync(() => _rig.Connector.Calls.Count == 1);
        _rig.Connector.Calls[0].Body["attachments"]!.ToJsonString().ShouldContain("Your progress");
        Actions(0).Select(action => (string?)action!["title"]).ShouldBe(["Start mock interview", "Set reminder"]);

        await SendAsync(Activities.Personal("mock 1", ServiceUrl));
        await Eventually.HoldsAsync(() => _rig.Connector.Calls.Any(call => call.Body.ToJsonString().Contains("Question 1 of 1", StringComparison.Ordinal)));
        await SendAsync(Activities.Personal("Encrypt it with KMS keys and grant least privilege with IAM policies", ServiceUrl));

        await Eventually.HoldsAsync(() => _rig.Connector.Calls.Any(call => call.Method == "PUT" && call.Body.ToJsonString().Contains("Last score, newest first: ", StringComparison.Ordinal)));
        var update = _rig.Connector.Calls.Last(call => call.Method == "PUT");
        update.Path.ShouldBe($"/v3/conversations/{Activities.PersonalConversation}/activities/activity-1", "the card first sent is the one kept up to date");
    }

    private JsonArray Actions(int call) =>
        _rig.Connector.Calls[call].Body["attachments"]![0]!["content"]!["actions"]!.AsArray();

    /// <summary>
    /// <i>I covered this</i> on the feedback a person gets privately for their answer to the channel's
    /// daily question, the words typed into the card's text box, <c>coach reports accept</c> by an admin,
    /// and the next person's answer in those words covering the point. In a Teams card the text box
    /// and its <i>Send appeal</i> button come back as one submit: the button's data and the box's text.
    /// </summary>
    [Fact]
    public async Task An_appeal_sent_from_a_card_and_accepted_makes_those_words_cover_the_point()
    {
        const string Phrase = "zebra quantum stripes";
        await SendAsync(Activities.InChannel("<at>Coach</at> coach next", ServiceUrl));
        await Eventually.HoldsAsync(() => _rig.Connector.Calls.Count == 1);
        var answerBox = _rig.Connector.Calls[0].Body["activity"]!["attachments"]![0]!["content"]!["actions"]!.AsArray()
            .Single(action => (string?)action!["title"] == "Answer")!["data"]!.AsObject();

        async Task AnswerAsync(string userId, string name, string text)
        {
            var submit = Activities.Submit(Activities.InChannel("", ServiceUrl, "activity-1", userId, name), "activity-1", (string)answerBox["action"]!, "");
            submit["value"]!["answer"] = text;
            await SendAsync(submit);
        }

        JsonObject? FeedbackFor(string text) => _rig.Connector.Calls.Select(call => call.Body)
            .LastOrDefault(body => body.ToJsonString().Contains(text, StringComparison.Ordinal) && body.ToJsonString().Contains("key points covered", StringComparison.Ordinal));

        await AnswerAsync("29:bob", "Bob Brown", "no idea");
        await Eventually.HoldsAsync(() => _rig.Connector.Calls.Any(call => call.Body.ToJsonString().Contains("feedback on Bob Brown", StringComparison.Ordinal)));
        await AnswerAsync("29:alice", "Alice Adams", Phrase);
        await Eventually.HoldsAsync(() => FeedbackFor("Your answer to") is not null);
        var feedback = FeedbackFor("Your answer to")!;
        feedback.ToJsonString().ShouldContain(" 0 of ");
        var appeal = Actions(feedback).First(data => (string?)data["action"] == "appeal-point");
        var value = (string)appeal["value"]!;

        var calls = _rig.Connector.Calls.Count;
        await SendAsync(Activities.Submit(Activities.Personal("", ServiceUrl), "activity-9", "appeal-point", value));
        await Eventually.HoldsAsync(() => _rig.Connector.Calls.Count > calls);
        var prompt = _rig.Connector.Calls[^1].Body;
        var content = prompt["attachments"]![0]!["content"]!;
        content["body"]!.AsArray().ShouldContain(element => (string?)element!["type"] == "Input.Text" && (string?)element["id"] == "answer");
        var send = Actions(prompt).Single(data => (string?)data["action"] == "appeal-submit");
        ((string?)send["value"]).ShouldBe(value);

        var typed = Activities.Submit(Activities.Personal("", ServiceUrl), "activity-10", "appeal-submit", value);
        typed["value"]!["answer"] = Phrase;
        await SendAsync(typed);
        await Eventually.HoldsAsync(() => _rig.Connector.Calls.Any(call => call.Body.ToJsonString().Contains("Thanks: appeal #1", StringComparison.Ordinal)));

        await SendAsync(Activities.Personal("coach reports accept 1", ServiceUrl, "29:bob", "Bob Brown"));
        await Eventually.HoldsAsync(() => _rig.Connector.Calls.Any(call => call.Body.ToJsonString().Contains("Accepted #1", StringComparison.Ordinal)));

        calls = _rig.Connector.Calls.Count;
        await AnswerAsync("29:carol", "Carol Cruz", Phrase);
        await Eventually.HoldsAsync(() => _rig.Connector.Calls.Skip(calls).Any(call => call.Body.ToJsonString().Contains("key points covered", StringComparison.Ordinal)));
        _rig.Connector.Calls.Skip(calls).Single(call => call.Body.ToJsonString().Contains("key points covered", StringComparison.Ordinal)).Body.ToJsonString().ShouldContain(" 1 of ");
    }

    private static IEnumerable<JsonObject> Actions(JsonObject activity) =>
        (activity["activity"] ?? activity)["attachments"]![0]!["content"]!["actions"]!.AsArray().Select(action => action!["data"]!.AsObject());

    [Fact]
    public async Task A_rate_limit_and_a_server_error_from_the_connector_are_retried_and_the_answer_arrives_once()
    {
        _rig.Connector.FailNext(429, 500);

        await SendAsync(Activities.Personal("ask what is macie", ServiceUrl));

        await Eventually.HoldsAsync(() => _rig.Connector.Calls.Count == 1);
        _rig.Connector.Calls[0].Body.ToJsonString().ShouldContain("Model answer: What is Macie?");
    }

    private async Task SendAsync(JsonObject activity) => (await _rig.SendAsync(activity)).StatusCode.ShouldBe(HttpStatusCode.OK);
}
