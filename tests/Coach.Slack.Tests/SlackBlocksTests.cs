using System.Text.Json.Nodes;
using Coach.Core.App;
using Coach.Core.Grading;
using Coach.Core.Questions;
using Coach.Slack.BlockKit;

namespace Coach.Slack.Tests;

public sealed class SlackBlocksTests
{
    [Fact]
    public void Text_that_could_ping_or_link_is_escaped()
    {
        var message = SlackBlocks.Render(new CoachMessage("You said <!channel> & <@U123>")).ShouldHaveSingleItem();

        Texts(message.Blocks).ShouldBe(["You said &lt;!channel&gt; &amp; &lt;@U123&gt;"]);
        message.Text.ShouldBe("You said &lt;!channel&gt; &amp; &lt;@U123&gt;", "the top-level text is what notifications show");
    }

    [Fact]
    public void A_long_fallback_text_is_cut_within_slack_s_limit_and_never_inside_an_escape()
    {
        var text = new string('a', SlackBlocks.MaxTextLength - 3) + "<!channel>";

        var fallback = SlackBlocks.Render(new CoachMessage(text)).ShouldHaveSingleItem().Text;

        fallback.ShouldBe(new string('a', SlackBlocks.MaxTextLength - 3) + "…");
    }

    [Fact]
    public void A_graded_answer_shows_each_point_and_the_tips_with_the_person_s_words_escaped()
    {
        var question = new Question(new QuestionId("d", 1), "Topic", "Title", "Answer", ["one", "two <b>"]);
        var grade = new AnswerGrade(50, [new KeyPointGrade("one", true, 1, ["one"]), new KeyPointGrade("two <b>", false, 0, [])]);

        var texts = string.Join('\n', Texts(SlackBlocks.Render(new CoachMessage("", [new AnswerCard(question, grade)])).ShouldHaveSingleItem().Blocks));

        texts.ShouldContain(":white_check_mark: one");
        texts.ShouldContain(":x: two &lt;b&gt;");
        texts.ShouldContain(":bulb: Worth adding: “two &lt;b&gt;”");
    }

    [Fact]
    public void Deck_markdown_becomes_mrkdwn()
    {
        SlackMrkdwn.FromMarkdown("- **State**: SG is *stateful*\n- `aws:SourceArn` <b>\n\n1. one\n2. [docs](https://aws.amazon.com/)")
            .ShouldBe("• *State*: SG is _stateful_\n• `aws:SourceArn` &lt;b&gt;\n\n1. one\n2. <https://aws.amazon.com/|docs>");
    }

    [Fact]
    public void Long_text_is_split_into_sections_within_slack_s_limit()
    {
        var text = string.Join(' ', Enumerable.Repeat("encryption", 900));

        var sections = Texts(SlackBlocks.Render(new CoachMessage(text)).ShouldHaveSingleItem().Blocks);

        sections.Count.ShouldBe(4);
        sections.ShouldAllBe(section => section.Length <= SlackBlocks.MaxTextLength);
        string.Join(' ', sections).ShouldBe(text);
    }

    [Fact]
    public void Too_many_blocks_become_several_messages()
    {
        var parts = Enumerable.Range(1, 120).Select(i => (MessagePart)new Paragraph($"line {i}")).ToList();

        var messages = SlackBlocks.Render(new CoachMessage("many", parts));

        messages.Select(message => message.Blocks.Count).ShouldBe([50, 50, 20]);
    }

    [Fact]
    public void Every_button_gets_its_own_action_id_and_comes_back_as_coach_s()
    {
        var question = new Question(QuestionId.Parse("d/1"), "T", "Q", "A", ["A"]);
        var message = SlackBlocks.Render(new CoachMessage("x", [new QuestionCard(question), new ButtonRow([new Button("show-answer", "One", "d/1"), new Button("show-answer", "Two", "d/2")])])).Single();

        var ids = message.Blocks.Where(block => (string?)block!["type"] == "actions").SelectMany(block => block!["elements"]!.AsArray()).Select(button => (string)button!["action_id"]!).ToList();

        ids.Distinct().Count().ShouldBe(2);
        ids.Select(SlackBlocks.ActionIdOf).ShouldBe(["show-answer", "show-answer"]);
    }

    private static List<string> Texts(JsonArray blocks) =>
        [.. blocks.Where(block => (string?)block!["type"] == "section").Select(block => (string)block!["text"]!["text"]!)];
}
