using Coach.Core.App;

namespace Coach.Core.Tests.Features.MockInterview;

public sealed class MockInterviewButtonTests
{
    [Fact]
    public async Task Start_mock_interview_in_a_channel_starts_it_in_the_persons_direct_conversation()
    {
        await using var engine = await EngineHarness.StartAsync();
        var flow = engine.Flow();

        var sent = (await flow.Press(CoachActions.StartMockInterview, "")).ShouldHaveSingleItem();

        sent.Channel.ShouldBe(new ChannelRef(engine.Platform.Name, $"D-{flow.User.Id}", IsDirect: true));
        sent.Message.Text.ToString().ShouldStartWith("Question 1 of 5");
    }

    [Fact]
    public async Task Hint_and_skip_buttons_do_what_the_words_do()
    {
        await using var engine = await EngineHarness.StartAsync();
        var flow = engine.Flow();
        var direct = flow.In(flow.Channel with { IsDirect = true });
        var question = (await direct.DirectMessage("mock 2")).Single().Message.PartsOf<QuestionCard>().Single().Question;

        (await direct.Press(CoachActions.Hint, "")).ShouldHaveSingleItem().Message.Text.ShouldBe($"Hint: {question.KeyPoints[0]}");
        var skipped = await direct.Press(CoachActions.SkipQuestion, "");
        skipped[0].Message.Text.ToString().ShouldStartWith("Skipped.");
        skipped[1].Message.Text.ToString().ShouldStartWith("Question 2 of 2");
    }
}
