using Coach.Core.App;
using Coach.Core.App.Text;
using Coach.Core.Grading;
using Coach.Core.Questions;
using Coach.Playground.Rendering;

namespace Coach.Playground.Tests.Rendering;

public sealed class MessageHtmlTests
{
    private static readonly Question Question = new(
        QuestionId.Parse("deck/1"),
        "IAM & <Roles>",
        "What is <b>least</b> privilege?",
        "Grant **only** what is needed.\n\n- one\n- two\n\n<script>alert(1)</script>\n\n[docs](javascript:alert(2)) and [aws](https://aws.amazon.com/iam/)",
        ["one", "two"]);

    [Fact]
    public void Text_is_encoded_with_line_breaks_and_commands_as_code()
    {
        var html = MessageHtml.Render(new CoachMessage($"Say {ChatCommand.Say("mock")} or {ChatCommand.Coach("progress <now>")} & \"go\"\nsecond `line`"));

        html.ShouldBe("<p class=\"text\">Say <code>mock</code> or <code>/coach progress &lt;now&gt;</code> &amp; &quot;go&quot;<br>second `line`</p>");
    }

    [Fact]
    public void Deck_markdown_becomes_html_but_raw_html_and_script_links_do_not()
    {
        var html = MessageHtml.Render(new CoachMessage("fallback", [new AnswerCard(Question)]));

        html.ShouldContain("<strong>only</strong>");
        html.ShouldContain("<li>one</li>");
        html.ShouldContain("&lt;script&gt;alert(1)&lt;/script&gt;");
        html.ShouldNotContain("<script>");
        html.ShouldNotContain("javascript:");
        html.ShouldContain("href=\"https://aws.amazon.com/iam/\"");
        html.ShouldContain("What is &lt;b&gt;least&lt;/b&gt; privilege?");
        html.ShouldContain("IAM &amp; &lt;Roles&gt;");
        html.ShouldNotContain("fallback", customMessage: "a message with cards shows the cards, not its text fallback");
    }

    [Fact]
    public void A_graded_answer_marks_each_point_and_encodes_the_person_s_words()
    {
        var grade = new AnswerGrade(50, [new KeyPointGrade("one", true, 1, ["<@U123> one"]), new KeyPointGrade("two", false, 0, [])]);

        var html = MessageHtml.Render(new CoachMessage("", [new AnswerCard(Question, grade)]));

        html.ShouldContain("50/100, 1 of 2 key points covered.");
        html.ShouldContain("<li class=\"covered\"><span class=\"mark\">covered</span> one <span class=\"evidence\">you said: &lt;@U123&gt; one</span></li>");
        html.ShouldContain("<li class=\"missed\"><span class=\"mark\">missed</span> two</li>");
        html.ShouldContain("<p class=\"tip\">Worth adding: “two”</p>");
    }

    [Fact]
    public void Buttons_carry_their_action_and_value_encoded()
    {
        var html = MessageHtml.Render(new CoachMessage("Pick one", [new ButtonRow([new Button("show-answer", "A \"quoted\" <title>", "deck/1")])]));

        html.ShouldBe("<p class=\"text\">Pick one</p><div class=\"buttons\"><button type=\"button\" data-action=\"show-answer\" data-value=\"deck/1\">A &quot;quoted&quot; &lt;title&gt;</button></div>");
    }
}
