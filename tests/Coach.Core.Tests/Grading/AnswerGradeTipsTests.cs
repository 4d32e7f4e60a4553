using Coach.Core.Grading;

namespace Coach.Core.Tests.Grading;

public sealed class AnswerGradeTipsTests
{
    private static KeyPointGrade Point(string text, double coverage) => new(text, coverage >= 0.5, coverage, []);

    [Fact]
    public void Half_said_points_come_first_then_left_out_ones_in_the_model_answers_order_two_at_most()
    {
        var grade = new AnswerGrade(40, [Point("State", 0), Point("Scope", 0.9), Point("Rule order", 0.3), Point("Deny", 0)]);

        grade.Tips.ShouldBe(["You touched on this; say it outright: “Rule order”", "Worth adding: “State”"]);
    }

    [Fact]
    public void A_full_answer_needs_no_tips()
    {
        new AnswerGrade(100, [Point("State", 1), Point("Scope", 0.6)]).Tips.ShouldBeEmpty();
    }

    [Fact]
    public void An_answer_that_touches_nothing_gets_one_kind_nudge_towards_the_first_point()
    {
        var tip = new AnswerGrade(0, [Point("State", 0), Point("Scope", 0)]).Tips.ShouldHaveSingleItem();

        tip.ShouldStartWith("Have a go in your own words");
        tip.ShouldEndWith("“State”");
    }
}
