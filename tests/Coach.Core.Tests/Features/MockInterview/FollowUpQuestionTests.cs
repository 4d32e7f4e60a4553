using Coach.Core.Features.MockInterview;
using Coach.Core.Grading;

namespace Coach.Core.Tests.Features.MockInterview;

public sealed class FollowUpQuestionTests
{
    [Theory]
    [InlineData("Gateway Endpoints: Used for S3 and DynamoDB. Added as a target in the route table.", "You did not mention Gateway Endpoints. What is it, and where does it fit in your answer?")]
    [InlineData("Discover and protect sensitive data (PII, credit card numbers) in AWS S3.", "You did not mention one point, which starts “Discover and protect sensitive …”. How would you explain it?")]
    [InlineData("Don't use SSH keys.", "You did not mention one point, which starts “Don't use …”. How would you explain it?")]
    [InlineData("Uses `aws:SourceArn`: in the trust policy", "You did not mention Uses `aws:SourceArn`. What is it, and where does it fit in your answer?")]
    [InlineData("A long lead-in of more than five words: then the rest", "You did not mention one point, which starts “A long lead-in of …”. How would you explain it?")]
    public void The_question_names_the_points_subject_without_giving_the_point_away(string keyPoint, string wording)
    {
        FollowUpQuestion.Wording(keyPoint).ShouldBe(wording);
    }

    [Fact]
    public void It_asks_about_the_first_point_missed_in_the_model_answers_order()
    {
        var grade = AnswerGrade.From([Point("a", covered: true), Point("b", coverage: 0.5), Point("c")]);

        FollowUpQuestion.PointFor(grade, followUpBelow: 70).ShouldBe("b");
    }

    [Fact]
    public void None_at_or_above_the_threshold_and_none_for_an_answer_that_touches_no_point()
    {
        FollowUpQuestion.PointFor(AnswerGrade.From([Point("a", covered: true), Point("b", covered: true), Point("c")]), followUpBelow: 60).ShouldBeNull();
        FollowUpQuestion.PointFor(AnswerGrade.From([Point("a"), Point("b")]), followUpBelow: 70).ShouldBeNull();
    }

    private static KeyPointGrade Point(string text, bool covered = false, double coverage = 0) => new(text, covered, covered ? 1 : coverage, []);
}
