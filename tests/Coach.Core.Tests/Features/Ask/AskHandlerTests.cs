using Coach.Core.App;
using Coach.Core.App.Text;
using Coach.Core.Ports;
using Coach.Core.Telemetry;
using Coach.QuestionBank;
using Coach.QuestionBank.Content;
using Coach.Tests;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;

namespace Coach.Core.Tests.Features.Ask;

/// <summary><c>/ask</c> through the real route table and the real question bank over the seed deck.</summary>
public sealed class AskHandlerTests : IDisposable
{
    private readonly LiveQuestionBank _bank = new(NullLogger<LiveQuestionBank>.Instance);
    private readonly RecordingPlatform _platform = new();
    private readonly ConversationFlow _flow;

    public AskHandlerTests()
    {
        _bank.Apply(new ContentSnapshot(
            [ContentReader.ReadDeckAsync(RepositoryPaths.SeedDeck, CancellationToken.None).GetAwaiter().GetResult()],
            ContentReader.ReadSynonymsAsync(Path.Combine(RepositoryPaths.Content, "synonyms.txt"), CancellationToken.None).GetAwaiter().GetResult()));
        var services = new ServiceCollection()
            .AddSingleton<IQuestionBank>(_bank)
            .AddSingleton<IQuestionSearch>(_bank)
            .AddMetrics()
            .AddSingleton<CoachMetrics>()
            .AddSingleton<ILogger<CoachApp>>(NullLogger<CoachApp>.Instance)
            .AddCoachRoutes(new CoachRouteTable().MapCoachRoutes())
            .BuildServiceProvider();
        var app = services.GetRequiredService<CoachApp>();
        _flow = new ConversationFlow(app, _platform);
    }

    [Fact]
    public async Task A_confident_match_gives_the_model_answer_and_two_related_questions_to_the_asker_only()
    {
        var sent = (await _flow.Command("ask", "what is macie")).ShouldHaveSingleItem();

        sent.Kind.ShouldBe(SentKind.Private);
        sent.To.ShouldBe(_flow.User);
        sent.Message.PartsOf<AnswerCard>().ShouldHaveSingleItem().Question.Id.ToString().ShouldBe("aws-security/19");
        sent.Message.Text.ToString().ShouldContain("discover and protect sensitive data");
        var rows = sent.Message.PartsOf<ButtonRow>().ToList();
        rows.Count.ShouldBe(2);
        rows[0].Buttons.Count.ShouldBe(2);
        rows[0].Buttons.ShouldAllBe(button => button.ActionId == CoachActions.ShowAnswer && button.Value != "aws-security/19");
        rows[1].Buttons.ShouldBe([new Button(CoachActions.ShareAnswer, "Share in channel", "aws-security/19"), new Button(CoachActions.ReportProblem, "Report a problem", "aws-security/19")]);
    }

    [Fact]
    public async Task Share_in_channel_posts_the_answer_for_everyone_saying_who_shared_it()
    {
        var sent = (await _flow.Press(CoachActions.ShareAnswer, "aws-security/19")).ShouldHaveSingleItem();

        sent.Kind.ShouldBe(SentKind.Post);
        sent.Channel.ShouldBe(_flow.Channel);
        sent.Message.Text.ToString().ShouldStartWith($"{_flow.User.Name} shared: What is Macie?");
        sent.Message.PartsOf<AnswerCard>().ShouldHaveSingleItem().Question.Id.ToString().ShouldBe("aws-security/19");
    }

    [Fact]
    public async Task No_confident_match_offers_up_to_three_suggestions_as_buttons()
    {
        var sent = (await _flow.Command("ask", "how do I secure kubernetes clusters")).ShouldHaveSingleItem();

        sent.Message.Text.ToString().ShouldStartWith("No confident match for \"how do I secure kubernetes clusters\".");
        sent.Message.PartsOf<AnswerCard>().ShouldBeEmpty();
        sent.Message.PartsOf<ButtonRow>().ShouldHaveSingleItem().Buttons.Count.ShouldBeInRange(1, 3);
    }

    [Fact]
    public async Task With_nothing_close_the_topics_of_the_bank_are_suggested()
    {
        var sent = (await _flow.Command("ask", "best pizza in town")).ShouldHaveSingleItem();

        sent.Message.Text.ToString().ShouldStartWith("No confident match for \"best pizza in town\".");
        sent.Message.Text.ToString().ShouldContain("Data Protection");
        sent.Message.PartsOf<AnswerCard>().ShouldBeEmpty();
    }

    [Fact]
    public async Task Pressing_a_suggestion_shows_that_answer()
    {
        var sent = (await _flow.Press(CoachActions.ShowAnswer, "aws-security/17")).ShouldHaveSingleItem();
        sent.Message.PartsOf<AnswerCard>().ShouldHaveSingleItem().Question.Title.ShouldBe("What is the difference between Security Groups and NACLs?");
    }

    [Fact]
    public async Task A_button_for_a_question_that_is_gone_says_so()
    {
        var sent = (await _flow.Press(CoachActions.ShowAnswer, "aws-security/99")).ShouldHaveSingleItem();
        sent.Message.Text.ToString().ShouldContain("aws-security/99");
    }

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    public async Task An_empty_ask_explains_how_to_ask(string text)
    {
        var sent = (await _flow.Command("ask", text)).ShouldHaveSingleItem();
        sent.Message.Text.Commands.ShouldContain(ChatCommand.Ask("what is macie"));
    }

    [Fact]
    public async Task Ask_works_in_a_direct_conversation_too()
    {
        var sent = (await _flow.In(_flow.Channel with { IsDirect = true }).Command("ask", "sg vs nacl")).ShouldHaveSingleItem();
        sent.Kind.ShouldBe(SentKind.Post);
        sent.Message.PartsOf<AnswerCard>().ShouldHaveSingleItem().Question.Id.ToString().ShouldBe("aws-security/17");
        sent.Message.PartsOf<ButtonRow>().SelectMany(row => row.Buttons).ShouldNotContain(button => button.ActionId == CoachActions.ShareAnswer, "in a direct conversation it is already the asker's own");
    }

    [Fact]
    public async Task An_unknown_command_gets_help()
    {
        var sent = (await _flow.Command("frobnicate", "now")).ShouldHaveSingleItem();
        sent.Message.Text.Commands.ShouldContain(ChatCommand.Ask("<question>"));
    }

    public void Dispose() => _bank.Dispose();
}
