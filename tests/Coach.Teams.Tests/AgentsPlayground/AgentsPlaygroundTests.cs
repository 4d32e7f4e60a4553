using System.Text.Json;
using Coach.Host;
using Coach.Tests;
using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Coach.Teams.Tests.AgentsPlayground;

/// <summary>Coach against Microsoft's own local Teams client, the Agents Playground, on loopback only.</summary>
[Trait("Category", "AgentsPlayground")]
public sealed class AgentsPlaygroundTests
{
    [AgentsPlaygroundFact]
    public async Task Ask_in_the_personal_chat_brings_the_macie_answer_card_to_the_playground()
    {
        await using var run = await PlaygroundRun.StartAsync();

        await run.Playground.SayAsync(run.PersonalChat, run.Me, "ask what is macie");

        // The playground logs each call to its connector with the activity Coach sent and its own answer.
        await Eventually.HoldsAsync(() => run.Playground.Log.Contains("Model answer: What is Macie?", StringComparison.Ordinal));
        run.Playground.Log.ShouldContain("application/vnd.microsoft.card.adaptive");
        run.Playground.FailedConnectorCalls().ShouldBeEmpty();
    }

    [AgentsPlaygroundFact]
    public async Task A_two_question_mock_interview_driven_by_its_card_buttons_asks_a_follow_up_and_ends_with_a_scorecard()
    {
        await using var run = await PlaygroundRun.StartAsync();
        var playground = run.Playground;

        await playground.SayAsync(run.PersonalChat, run.Me, "mock iam 2");
        var first = await run.BotMessageAsync(message => message.Button("Hint") is not null && message.Text.Contains("Question 1 of 2", StringComparison.Ordinal));
        var (answer, reply) = IamInterview.For(first.Text);

        await playground.SubmitAsync(first, run.Me, first.Button("Hint")!.Value);
        await run.BotMessageAsync(message => message.Text.Contains("Hint:", StringComparison.Ordinal));

        await playground.SayAsync(run.PersonalChat, run.Me, answer);
        var followUp = await run.BotMessageAsync(message => message.Text.Contains("Follow-up (question 1 of 2): You did not mention", StringComparison.Ordinal));
        followUp.ConversationId.ShouldBe(first.ConversationId);
        await playground.SayAsync(run.PersonalChat, run.Me, reply);
        await run.BotMessageAsync(message => message.Text.Contains("Your follow-up brought out", StringComparison.Ordinal));
        var second = await run.BotMessageAsync(message => message.Button("Skip") is not null && message.Text.Contains("Question 2 of 2", StringComparison.Ordinal));

        await playground.SubmitAsync(second, run.Me, second.Button("Skip")!.Value);
        var scorecard = await run.BotMessageAsync(message => message.Text.Contains("Scorecard", StringComparison.OrdinalIgnoreCase));
        scorecard.Text.ShouldContain("only in the follow-up");

        scorecard.ConversationId.ShouldBe(first.ConversationId, "the whole interview stays in the personal chat");
        playground.Messages().Where(message => message.From == run.Bot && message.Text.Contains("Question 1 of 2", StringComparison.Ordinal))
            .Select(message => message.ActivityId).Distinct().Count().ShouldBe(1, "a hint does not ask the question again");
        playground.FailedConnectorCalls().ShouldBeEmpty();
    }

    [AgentsPlaygroundFact]
    public async Task A_mention_in_the_team_channel_posts_the_daily_question_as_a_thread_and_a_reply_there_brings_the_model_answer()
    {
        await using var run = await PlaygroundRun.StartAsync();
        var playground = run.Playground;
        var general = run.Config.GetProperty("teams")[0].GetProperty("channels")[0].GetProperty("id").GetString()!;
        var colleague = run.Config.GetProperty("users")[1].GetProperty("id").GetString()!;

        await playground.MentionAsync(general, run.Me, run.Bot, run.BotName, "coach next");
        var question = await run.BotMessageAsync(message => message.ThreadConversationId is not null && message.Text.Contains("Question of the day", StringComparison.Ordinal));
        question.ConversationId.ShouldBe(general, "the question is a new post in the channel");
        var thread = question.ThreadConversationId!;

        await playground.MentionAsync(thread, run.Me, run.Bot, run.BotName, "IAM policies grant permissions; an SCP caps what a whole account may do; a permission boundary caps a role or user");
        var answer = await run.BotMessageAsync(message => message.ConversationId == thread && message.Text.Contains("Model answer:", StringComparison.Ordinal));

        // Without resource-specific consent a colleague answers through the card's own box; Coach already
        // revealed the answer, so the feedback comes privately.
        await playground.SubmitAsync(question, colleague, question.Button("Answer")!.Value, new Dictionary<string, string> { ["answer"] = "An SCP is a guardrail over an organisation's accounts" });
        // That chat is the colleague's, not on the playground's screen; its connector log shows the call.
        await Eventually.HoldsAsync(() => playground.ConnectorCalls().Any(call => call.Succeeded && call.Request.Contains("Your answer to", StringComparison.Ordinal)));

        playground.Messages().Where(message => message.ConversationId == thread && message.Text.Contains("Model answer:", StringComparison.Ordinal))
            .Select(message => message.ActivityId).Distinct().Count().ShouldBe(1);
        playground.FailedConnectorCalls().ShouldBeEmpty("the question card's update, in the thread's conversation, is accepted too");
        answer.From.ShouldBe(run.Bot);
    }

    [AgentsPlaygroundFact]
    public async Task Coach_progress_in_the_personal_chat_is_a_dashboard_card_whose_button_starts_a_mock_interview_and_which_is_updated_after_the_answer()
    {
        await using var run = await PlaygroundRun.StartAsync();
        var playground = run.Playground;

        await playground.SayAsync(run.PersonalChat, run.Me, "coach progress");
        var card = await run.BotMessageAsync(message => message.Text.Contains("Your progress", StringComparison.Ordinal) && message.Button("Start mock interview") is not null);
        card.Button("Set reminder").ShouldNotBeNull();

        await playground.SubmitAsync(card, run.Me, card.Button("Start mock interview")!.Value);
        var question = await run.BotMessageAsync(message => message.Text.Contains("Question 1 of 5", StringComparison.Ordinal));
        question.ConversationId.ShouldBe(card.ConversationId);
        await playground.SayAsync(run.PersonalChat, run.Me, "Encrypt it with KMS keys and grant least privilege with IAM policies");

        // The card is updated in place: the playground's connector takes the update of that activity.
        await Eventually.HoldsAsync(() => playground.ConnectorCalls().Any(call => call.Succeeded && call.Request.Contains("Last score, newest first: ", StringComparison.Ordinal)));
        playground.FailedConnectorCalls().ShouldBeEmpty();
    }

    /// <summary>Coach on a loopback port and the playground pointed at it, with the playground's users and conversations.</summary>
    private sealed class PlaygroundRun : IAsyncDisposable
    {
        private readonly TempFolder _data;
        private readonly WebApplication _app;
        private readonly RecordedLog _log;

        private PlaygroundRun(TempFolder data, WebApplication app, RecordedLog log, AgentsPlaygroundProcess playground, JsonElement config)
        {
            _data = data;
            _app = app;
            _log = log;
            Playground = playground;
            Config = config;
        }

        public AgentsPlaygroundProcess Playground { get; }

        public JsonElement Config { get; }

        public string PersonalChat => Config.GetProperty("personalChat").GetProperty("id").GetString()!;

        public string Me => Config.GetProperty("currentUser").GetProperty("id").GetString()!;

        public string Bot => Config.GetProperty("bot").GetProperty("id").GetString()!;

        public string BotName => Config.GetProperty("bot").GetProperty("name").GetString()!;

        public static async Task<PlaygroundRun> StartAsync()
        {
            var data = new TempFolder();
            var port = LoopbackPort.Free();
            var log = new RecordedLog();
            var app = CoachWebApp.Build(
            [
                "--urls", "http://127.0.0.1:0",
                "--Coach:Content:Path", RepositoryPaths.Content,
                "--Coach:Storage:ConnectionString", $"Data Source={Path.Combine(data.Path, "coach.db")}",
                "--Coach:Teams:AppId", LoopbackIssuer.AppId,
                "--Coach:Teams:AllowUnauthenticated", "true",
                "--Coach:Teams:AllowedServiceUrls:0", $"http://localhost:{port}/_connector",
            ], services => services.AddLogging(logging => logging.AddProvider(log)));
            await app.StartAsync();
            var playground = await AgentsPlaygroundProcess.StartAsync(port, new Uri($"{app.Urls.Single()}/api/messages"), Path.Combine(data.Path, "playground.log"));
            return new PlaygroundRun(data, app, log, playground, await playground.ConfigAsync());
        }

        /// <summary>Waits for the bot's first message that matches, as the playground shows it.</summary>
        public async Task<BotMessage> BotMessageAsync(Func<BotMessage, bool> matches)
        {
            await Eventually.HoldsAsync(() => Playground.Messages().Any(message => message.From == Bot && matches(message)), () =>
                "the playground shows:\n" + string.Join('\n', Playground.Messages().Select(message => $"{message.ConversationId} {message.From}: {message.Text[..Math.Min(300, message.Text.Length)]}"))
                + "\nand sent Coach:\n" + string.Join('\n', Playground.Log.Split('\n').Where(line => line.Contains("\"to\":\"User Application\"", StringComparison.Ordinal)).Select(line => line[Math.Max(0, line.IndexOf("\"request\"", StringComparison.Ordinal))..]))
                + "\nCoach logged:\n" + string.Join('\n', _log.Lines));
            return Playground.Messages().First(message => message.From == Bot && matches(message));
        }

        public async ValueTask DisposeAsync()
        {
            await Playground.DisposeAsync();
            await _app.StopAsync();
            await _app.DisposeAsync();
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            _data.Dispose();
        }
    }
}
