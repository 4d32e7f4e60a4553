using Coach.Core.App;
using Coach.Core.Channels;
using Coach.Core.Features.DailyQuestion;
using Coach.Core.Ports;
using Coach.Core.Questions;
using Coach.Tests;
using Microsoft.Extensions.DependencyInjection;

namespace Coach.Core.Tests.Features.DailyQuestion;

/// <summary>A daily question's life in a channel, through the real engine, SQLite file and question bank.</summary>
public sealed class DailyQuestionFlowTests
{
    private static readonly ChatUser Alice = new("U-alice", "Alice");
    private static readonly ChatUser Bob = new("U-bob", "Bob");

    [Fact]
    public async Task A_scripted_day_posts_once_reveals_once_and_gives_everyone_feedback()
    {
        await using var engine = await EngineHarness.StartAsync();
        var flow = engine.Flow();
        var poster = engine.Services.GetRequiredService<DailyQuestionPoster>();

        var post = (await poster.PostNextAsync(flow.Channel, QuestionFilter.All, engine.Platform, CancellationToken.None))!;
        var question = engine.Platform.Sent.ShouldHaveSingleItem();
        question.Kind.ShouldBe(SentKind.Post);
        question.Message.PartsOf<QuestionCard>().ShouldHaveSingleItem().Question.Id.ShouldBe(post.Question);

        engine.Time.Advance(TimeSpan.FromMinutes(20));
        var firstReplies = await flow.As(Alice).ReplyInThread(post.Thread, "Some thoughts about it");
        firstReplies.Count.ShouldBe(2);
        var first = firstReplies[0];
        first.Kind.ShouldBe(SentKind.ThreadReply);
        var updated = firstReplies[1];
        updated.Kind.ShouldBe(SentKind.Update);
        updated.Reference.ShouldBe(post.Thread);
        updated.Message.PartsOf<ButtonRow>().ShouldBeEmpty("the Reveal button has done its job");
        first.Thread.ShouldBe(post.Thread);
        first.Message.Text.ToString().ShouldContain("Feedback for Alice");
        first.Message.PartsOf<AnswerCard>().ShouldHaveSingleItem().Grade.ShouldNotBeNull();

        var second = (await flow.As(Bob).ReplyInThread(post.Thread, "My answer")).ShouldHaveSingleItem();
        second.Kind.ShouldBe(SentKind.Private);
        second.To.ShouldBe(Bob);
        second.Message.Text.ToString().ShouldStartWith("Your answer to");

        engine.Platform.Sent.Count(sent => sent.Kind == SentKind.ThreadReply).ShouldBe(1, "the model answer is posted once per thread");

        var tomorrow = (await poster.PostNextAsync(flow.Channel, QuestionFilter.All, engine.Platform, CancellationToken.None))!;
        tomorrow.Question.ShouldNotBe(post.Question);
    }

    [Fact]
    public async Task Reveal_answer_posts_the_model_answer_in_the_thread_once()
    {
        await using var engine = await EngineHarness.StartAsync();
        var flow = engine.Flow();
        var post = (await engine.Services.GetRequiredService<DailyQuestionPoster>().PostNextAsync(flow.Channel, QuestionFilter.All, engine.Platform, CancellationToken.None))!;
        var press = new ActionTurn { Channel = flow.Channel, User = Alice, ActionId = CoachActions.RevealAnswer, Message = post.Thread };

        var revealedAndUpdated = await flow.SendAsync(press);
        revealedAndUpdated.Select(sent => sent.Kind).ShouldBe([SentKind.ThreadReply, SentKind.Update]);
        var revealed = revealedAndUpdated[0];
        var again = (await flow.SendAsync(press with { User = Bob })).ShouldHaveSingleItem();

        revealed.Kind.ShouldBe(SentKind.ThreadReply);
        revealed.Message.PartsOf<AnswerCard>().ShouldHaveSingleItem().Question.Id.ShouldBe(post.Question);
        again.Kind.ShouldBe(SentKind.Private);
        again.Message.Text.ShouldBe("The model answer is already in this thread.");

        var reply = (await flow.As(Alice).ReplyInThread(post.Thread, "late answer")).ShouldHaveSingleItem();
        reply.Kind.ShouldBe(SentKind.Private);
    }

    [Fact]
    public async Task Replies_in_threads_coach_did_not_start_are_ignored()
    {
        await using var engine = await EngineHarness.StartAsync();
        (await engine.Flow().ReplyInThread(new MessageRef("someone-elses-thread"), "hello")).ShouldBeEmpty();
    }

    [Fact]
    public async Task Bots_replying_in_the_thread_trigger_nothing()
    {
        await using var engine = await EngineHarness.StartAsync();
        var flow = engine.Flow();
        var post = (await engine.Services.GetRequiredService<DailyQuestionPoster>().PostNextAsync(flow.Channel, QuestionFilter.All, engine.Platform, CancellationToken.None))!;

        (await flow.As(new ChatUser("B-other", "Other bot", IsBot: true)).ReplyInThread(post.Thread, "beep")).ShouldBeEmpty();
        (await engine.Services.GetRequiredService<IDailyPostStore>().FindByThreadAsync(flow.Channel, post.Thread, CancellationToken.None))!.RevealedAt.ShouldBeNull();
    }

    [Fact]
    public async Task A_whole_cycle_of_the_deck_has_no_repeats_then_a_new_cycle_begins()
    {
        await using var engine = await EngineHarness.StartAsync();
        var channel = engine.Flow().Channel;
        var poster = engine.Services.GetRequiredService<DailyQuestionPoster>();

        var posts = new List<DailyPost>();
        for (var day = 0; day < 21; day++)
        {
            posts.Add((await poster.PostNextAsync(channel, QuestionFilter.All, engine.Platform, CancellationToken.None))!);
        }

        posts.Take(20).Select(post => post.Question).Distinct().Count().ShouldBe(20);
        posts.Take(20).ShouldAllBe(post => post.Cycle == 0);
        posts[20].Cycle.ShouldBe(1);
    }

    [Fact]
    public async Task A_topic_filter_keeps_to_its_topics()
    {
        await using var engine = await EngineHarness.StartAsync();
        var channel = engine.Flow().Channel;
        var poster = engine.Services.GetRequiredService<DailyQuestionPoster>();
        var bank = engine.Services.GetRequiredService<IQuestionBank>();

        var posts = new List<DailyPost>();
        for (var day = 0; day < 4; day++)
        {
            posts.Add((await poster.PostNextAsync(channel, new QuestionFilter(["iam"]), engine.Platform, CancellationToken.None))!);
        }

        posts.Select(post => bank.Find(post.Question)!.Topic).ShouldAllBe(topic => topic == "Identity & Access Management (IAM)");
        posts.Take(3).Select(post => post.Question).Distinct().Count().ShouldBe(3);
        posts[3].Cycle.ShouldBe(1, "the IAM topic has three questions");
    }

    [Fact]
    public async Task A_topic_with_no_questions_posts_nothing()
    {
        await using var engine = await EngineHarness.StartAsync();
        var poster = engine.Services.GetRequiredService<DailyQuestionPoster>();
        (await poster.PostNextAsync(engine.Flow().Channel, new QuestionFilter(["cooking"]), engine.Platform, CancellationToken.None)).ShouldBeNull();
        engine.Platform.Sent.ShouldBeEmpty();
    }
}
