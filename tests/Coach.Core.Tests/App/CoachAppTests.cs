using Coach.Core.App;
using Coach.Tests;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;

namespace Coach.Core.Tests.App;

public sealed class CoachAppTests
{
    private readonly RecordingPlatform _platform = new();

    [Fact]
    public async Task The_first_matching_route_wins()
    {
        var flow = Flow(app => app.Command<Says<First>>("ask").Command<Says<Second>>("ask"));

        var sent = await flow.Command("ask", "anything");

        sent.ShouldHaveSingleItem().Message.Text.ShouldBe("First");
    }

    [Fact]
    public async Task Command_names_match_whatever_their_case()
    {
        var flow = Flow(app => app.Command<Says<First>>("ask"));
        (await flow.Command("ASK", "x")).ShouldHaveSingleItem().Message.Text.ShouldBe("First");
    }

    [Fact]
    public async Task Messages_from_bots_reach_no_handler()
    {
        var flow = Flow(app => app.Use<IgnoreBotMessages>().Command<Says<First>>("ask").Fallback<Says<Second>>());

        (await flow.As(new ChatUser("B1", "Other bot", IsBot: true)).Command("ask", "x")).ShouldBeEmpty();
        (await flow.As(new ChatUser("B1", "Other bot", IsBot: true)).DirectMessage("hello")).ShouldBeEmpty();
    }

    [Fact]
    public async Task Anything_addressed_to_coach_that_no_route_takes_gets_the_fallback()
    {
        var flow = Flow(app => app.Command<Says<First>>("ask").Fallback<Says<Second>>());

        (await flow.Command("frobnicate", "x")).ShouldHaveSingleItem().Message.Text.ShouldBe("Second");
        (await flow.DirectMessage("hi")).ShouldHaveSingleItem().Message.Text.ShouldBe("Second");
        (await flow.Mention("hi")).ShouldHaveSingleItem().Message.Text.ShouldBe("Second");
        (await flow.Press("no-such-button", "")).ShouldHaveSingleItem().Message.Text.ShouldBe("Second");
    }

    [Fact]
    public async Task Ordinary_chatter_is_ignored_rather_than_answered_with_help()
    {
        var flow = Flow(app => app.Command<Says<First>>("ask").Fallback<Says<Second>>());

        (await flow.Say("lunch anyone?")).ShouldBeEmpty();
        (await flow.ReplyInThread(new MessageRef("m-unknown"), "sure")).ShouldBeEmpty();
    }

    [Fact]
    public async Task Actions_route_by_their_id()
    {
        var flow = Flow(app => app.Action<Says<First>>("reveal").Action<Says<Second>>("next"));
        (await flow.Press("next", "")).ShouldHaveSingleItem().Message.Text.ShouldBe("Second");
    }

    [Fact]
    public async Task A_failing_handler_gets_a_private_apology_without_the_exception_text()
    {
        var flow = Flow(app => app.Command<Throws>("ask"));

        var sent = (await flow.Command("ask", "x")).ShouldHaveSingleItem();

        sent.Kind.ShouldBe(SentKind.Private);
        sent.Message.Text.ShouldBe(CoachApp.Apology);
        sent.Message.Text.ToString().ShouldNotContain("secret");
    }

    [Fact]
    public async Task A_failure_is_logged_with_the_turn_s_platform_channel_user_route_and_event_id()
    {
        var log = new ScopeRecordingLogger();
        var app = new ServiceCollection().AddSingleton<ILogger<CoachApp>>(log).AddCoachRoutes(new CoachRouteTable().Command<Throws>("ask"))
            .BuildServiceProvider().GetRequiredService<CoachApp>();
        var turn = new CommandTurn { Name = "ask", Text = "x", Channel = new ChannelRef("slack", "C7"), User = new ChatUser("U3", "Ada"), EventId = "Ev42" };

        await app.DispatchAsync(turn, _platform, CancellationToken.None);

        var scope = log.ScopesOfErrors.ShouldHaveSingleItem();
        scope["Platform"].ShouldBe("slack");
        scope["Channel"].ShouldBe("C7");
        scope["User"].ShouldBe("U3");
        scope["Route"].ShouldBe("command ask");
        scope["EventId"].ShouldBe("Ev42");
    }

    /// <summary>The route table, not an adapter, says which commands are answered within the acknowledgement.</summary>
    [Theory]
    [InlineData("ask", "what is macie", true)]
    [InlineData(null, "/ask what is macie", true)]
    [InlineData("coach", "next", false)]
    [InlineData("coach", "progress", false)]
    [InlineData(null, "mock", false)]
    public void Only_routes_that_say_so_answer_within_the_acknowledgement(string? command, string text, bool inline)
    {
        var app = new ServiceCollection().AddSingleton<ILogger<CoachApp>>(NullLogger<CoachApp>.Instance).AddCoachRoutes(new CoachRouteTable().MapCoachRoutes())
            .BuildServiceProvider().GetRequiredService<CoachApp>();
        var (slack, ada) = (new ChannelRef("slack", "C7", IsDirect: command is null), new ChatUser("U3", "Ada"));
        Turn turn = command is null
            ? new DirectMessageTurn { Text = text, Channel = slack, User = ada }
            : new CommandTurn { Name = command, Text = text, Channel = slack, User = ada };

        app.AnswersWithinAcknowledgement(turn).ShouldBe(inline);
    }

    [Fact]
    public async Task A_platform_refusal_tells_the_person_what_to_do_instead_of_apologising()
    {
        var flow = Flow(app => app.Command<Refused>("coach"));

        var sent = (await flow.Command("coach", "next")).ShouldHaveSingleItem();

        sent.Kind.ShouldBe(SentKind.Private);
        sent.Message.Text.ShouldBe("Invite me first.");
    }

    [Fact]
    public async Task Private_replies_in_a_direct_conversation_are_ordinary_replies()
    {
        var flow = Flow(app => app.DirectMessage<Says<First>>());
        (await flow.DirectMessage("hi")).ShouldHaveSingleItem().Kind.ShouldBe(SentKind.Post);
    }

    [Fact]
    public async Task Replies_to_a_thread_reply_go_to_that_thread()
    {
        var flow = Flow(app => app.ThreadReply<Says<First>>());

        var sent = (await flow.ReplyInThread(new MessageRef("m7"), "my answer")).ShouldHaveSingleItem();

        sent.Kind.ShouldBe(SentKind.ThreadReply);
        sent.Thread.ShouldBe(new MessageRef("m7"));
    }

    private ConversationFlow Flow(Func<CoachRouteTable, CoachRouteTable> routes)
    {
        var app = new ServiceCollection().AddSingleton<ILogger<CoachApp>>(NullLogger<CoachApp>.Instance).AddCoachRoutes(routes(new CoachRouteTable()))
            .BuildServiceProvider(new ServiceProviderOptions { ValidateOnBuild = true }).GetRequiredService<CoachApp>();
        return new ConversationFlow(app, _platform);
    }

    private sealed class First;

    private sealed class Second;

    /// <summary>Replies with its marker's name, privately outside direct messages.</summary>
    private sealed class Says<TMarker> : ITurnHandler<Turn>
    {
        public Task HandleAsync(Turn turn, TurnContext context, CancellationToken cancellationToken) =>
            turn.Channel.IsDirect || turn.Thread is not null
                ? context.ReplyAsync(new CoachMessage(typeof(TMarker).Name), cancellationToken)
                : context.ReplyPrivatelyAsync(new CoachMessage(typeof(TMarker).Name), cancellationToken);
    }

    private sealed class Refused : ITurnHandler<CommandTurn>
    {
        public Task HandleAsync(CommandTurn turn, TurnContext context, CancellationToken cancellationToken) =>
            throw new ChatPlatformException("not_in_channel", "Invite me first.");
    }

    private sealed class Throws : ITurnHandler<CommandTurn>
    {
        public Task HandleAsync(CommandTurn turn, TurnContext context, CancellationToken cancellationToken) =>
            throw new InvalidOperationException("secret connection string in here");
    }

    /// <summary>Keeps the scope that was open whenever an error was logged.</summary>
    private sealed class ScopeRecordingLogger : Microsoft.Extensions.Logging.ILogger<CoachApp>
    {
        private readonly Stack<IReadOnlyDictionary<string, object?>> _scopes = new();

        public List<IReadOnlyDictionary<string, object?>> ScopesOfErrors { get; } = [];

        public IDisposable? BeginScope<TState>(TState state)
            where TState : notnull
        {
            _scopes.Push(state as IReadOnlyDictionary<string, object?> ?? new Dictionary<string, object?>());
            return new PopOnDispose(_scopes);
        }

        public bool IsEnabled(Microsoft.Extensions.Logging.LogLevel logLevel) => true;

        public void Log<TState>(Microsoft.Extensions.Logging.LogLevel logLevel, Microsoft.Extensions.Logging.EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
        {
            if (logLevel >= Microsoft.Extensions.Logging.LogLevel.Error && _scopes.TryPeek(out var scope))
            {
                ScopesOfErrors.Add(scope);
            }
        }

        private sealed class PopOnDispose(Stack<IReadOnlyDictionary<string, object?>> scopes) : IDisposable
        {
            public void Dispose() => scopes.Pop();
        }
    }
}
