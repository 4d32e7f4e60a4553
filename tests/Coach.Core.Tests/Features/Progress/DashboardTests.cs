using Coach.Core.App;
using Coach.Core.Ports;
using Coach.Core.Review;
using Coach.Tests;

namespace Coach.Core.Tests.Features.Progress;

/// <summary>Each person's dashboard: on the platform's page for them (Slack's Home tab) or as a card in their direct conversation, refreshed after each answer.</summary>
public sealed class DashboardTests
{
    private static readonly DateTimeOffset Start = new(2026, 11, 30, 8, 0, 0, TimeSpan.Zero);

    [Fact]
    public async Task Opening_the_home_tab_publishes_a_dashboard_for_that_person_naming_the_banks_topics_and_it_changes_after_an_answer()
    {
        await using var engine = await EngineHarness.StartAsync(Start);
        engine.Platform.HasHome = true;
        var me = engine.Flow().In(new ChannelRef(engine.Platform.Name, "D-home", IsDirect: true));

        var opened = (await me.SendAsync(new HomeOpenedTurn { Channel = me.Channel, User = me.User })).ShouldHaveSingleItem();
        await me.DirectMessage(IamInterview.Start);
        var (answer, _) = IamInterview.For(engine.Platform.Sent.Last(sent => sent.Kind == SentKind.Post).Message.Text.ToString());
        await me.DirectMessage(answer);

        opened.Kind.ShouldBe(SentKind.Home);
        opened.To.ShouldBe(me.User);
        var before = opened.Message.Text.ToString();
        foreach (var topic in engine.Get<IQuestionBank>().Questions.Select(question => question.Topic).Distinct())
        {
            before.ShouldContain(topic);
        }

        before.ShouldContain("No graded answers yet");
        var after = engine.Platform.Sent.Where(sent => sent.Kind == SentKind.Home).ToList();
        after.Count.ShouldBeGreaterThan(1, "refreshed after the answer");
        after[^1].Message.Text.ToString().ShouldNotBe(before);
        after[^1].Message.Text.ToString().ShouldContain("Last score, newest first: ");
        after[^1].Channel.ShouldBe(me.Channel);
    }

    [Fact]
    public async Task A_hint_the_question_again_or_help_in_a_mock_interview_leave_the_dashboard_as_it_is()
    {
        await using var engine = await EngineHarness.StartAsync(Start);
        engine.Platform.HasHome = true;
        var me = engine.Flow().In(new ChannelRef(engine.Platform.Name, "D-hint", IsDirect: true));
        await me.SendAsync(new HomeOpenedTurn { Channel = me.Channel, User = me.User });
        await me.DirectMessage(IamInterview.Start);
        var published = engine.Platform.Sent.Count(sent => sent.Kind == SentKind.Home);

        (await me.DirectMessage("hint")).ShouldNotBeEmpty();
        (await me.DirectMessage("repeat")).ShouldNotBeEmpty();
        (await me.DirectMessage("help")).ShouldNotBeEmpty();

        engine.Platform.Sent.Count(sent => sent.Kind == SentKind.Home).ShouldBe(published);
        var (answer, _) = IamInterview.For(engine.Platform.Sent.Last(sent => sent.Kind == SentKind.Post && sent.Message.Text.ToString().StartsWith("Question", StringComparison.Ordinal)).Message.Text.ToString());
        await me.DirectMessage(answer);
        engine.Platform.Sent.Count(sent => sent.Kind == SentKind.Home).ShouldBe(published + 1, "an answer changes it");
    }

    [Fact]
    public async Task Where_the_platform_has_no_home_coach_progress_in_the_direct_conversation_is_a_card_updated_after_each_answer()
    {
        await using var engine = await EngineHarness.StartAsync(Start);
        var me = engine.Flow().In(new ChannelRef(engine.Platform.Name, "D-card", IsDirect: true));

        var card = (await me.DirectMessage("coach progress")).ShouldHaveSingleItem();
        await me.DirectMessage("mock 1");
        var question = engine.Platform.Sent.Last(sent => sent.Kind == SentKind.Post).Message.PartsOf<QuestionCard>().Single().Question;
        await me.DirectMessage(string.Join(' ', question.KeyPoints));

        card.Kind.ShouldBe(SentKind.Post);
        card.Message.PartsOf<ButtonRow>().Single().Buttons.Select(button => button.Label).ShouldBe(["Start mock interview", "Set reminder"]);
        var updates = engine.Platform.Sent.Where(sent => sent.Kind == SentKind.Update && sent.Reference == card.Reference).ToList();
        updates.ShouldNotBeEmpty();
        updates[^1].Message.Text.ToString().ShouldContain("Last score, newest first: 100.");
    }

    [Fact]
    public async Task Installed_for_a_person_the_welcome_brings_the_dashboard_card()
    {
        await using var engine = await EngineHarness.StartAsync(Start);
        var me = engine.Flow().In(new ChannelRef(engine.Platform.Name, "D-new", IsDirect: true));

        var sent = await me.SendAsync(new BotAddedTurn { Channel = me.Channel, User = me.User });

        sent.Count.ShouldBe(2);
        sent[0].Message.Text.ToString().ShouldStartWith("Hi, I'm Coach.");
        sent[1].Message.Text.ToString().ShouldStartWith("Your progress");
        (await engine.Get<IDashboards>().FindAsync(engine.Platform.Name, me.User.Id, CancellationToken.None)).ShouldBe(new Coach.Core.Learning.DashboardPlace(me.Channel, sent[1].Reference));
    }

    [Fact]
    public async Task Due_reviews_get_a_button_that_practises_them_and_set_reminder_asks_for_the_time_and_sets_it()
    {
        await using var engine = await EngineHarness.StartAsync(Start);
        var me = engine.Flow().In(new ChannelRef(engine.Platform.Name, "D-due", IsDirect: true)).As(new ChatUser($"U-{Guid.NewGuid():N}", "Bea", TimeZone: "Europe/Berlin"));
        var bank = engine.Get<IQuestionBank>();
        await engine.Get<IReviewStore>().SaveAsync(engine.Platform.Name, me.User.Id, ReviewState.New(bank.Questions[3].Id, Start.AddDays(-1)), CancellationToken.None);

        var card = (await me.DirectMessage("coach progress")).ShouldHaveSingleItem();
        var buttons = card.Message.PartsOf<ButtonRow>().Single().Buttons;
        var prompt = (await me.SendAsync(new ActionTurn { Channel = me.Channel, User = me.User, ActionId = CoachActions.SetReminder, Message = card.Reference })).ShouldHaveSingleItem();
        var set = await me.SendAsync(new ActionTurn { Channel = me.Channel, User = me.User, ActionId = CoachActions.ReminderSubmit, Text = "07:30 daily" });

        buttons.Select(button => button.Label).ShouldBe(["Start mock interview", "Practise due reviews", "Set reminder"]);
        buttons[1].ShouldBe(new Button(CoachActions.StartMockInterview, "Practise due reviews", bank.Questions[3].Id.ToString()));
        card.Message.Text.ToString().ShouldContain("1 question due for review");
        prompt.Message.PartsOf<TextPrompt>().ShouldHaveSingleItem().ActionId.ShouldBe(CoachActions.ReminderSubmit);
        set[0].Message.Text.ToString().ShouldStartWith("I'll remind you at 07:30 every day (Europe/Berlin time)");
        set[^1].Kind.ShouldBe(SentKind.Update);
        set[^1].Message.Text.ToString().ShouldContain("Reminder: 07:30 every day (Europe/Berlin time).");
        set[^1].Message.PartsOf<ButtonRow>().Single().Buttons[^1].Label.ShouldBe("Change reminder");
    }
}
