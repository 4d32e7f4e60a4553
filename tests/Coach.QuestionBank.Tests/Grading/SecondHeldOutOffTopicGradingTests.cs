using Coach.Core.Questions;
using Xunit.Abstractions;

namespace Coach.QuestionBank.Tests.Grading;

/// <summary>
/// Issue 17's "an answer on another subject scores under 10", on off-topic answers written
/// 2026-12-07 (<c>Data/heldout-2/off-topic.tsv</c>) and never tuned on: two per seed question, one a
/// security answer to another question, one not about the subject at all. Measured 2026-12-07: 36 of
/// the 40 score under 10 with either grader, the highest 42, so the "every one under 10" is
/// not met; the test holds the 36 as a floor.
/// </summary>
public sealed class SecondHeldOutOffTopicGradingTests(SeedBank seed, ITestOutputHelper output) : IClassFixture<SeedBank>
{
    private static readonly IReadOnlyList<(QuestionId Id, string Kind, string Text)> Answers =
        LabelledAnswers.Read(Path.Combine("heldout-2", "off-topic.tsv"));

    [Fact]
    public void The_set_has_two_off_topic_answers_for_every_seed_question()
    {
        Answers.Count.ShouldBe(40);
        Answers.GroupBy(answer => answer.Id).ShouldAllBe(question => question.Count() == 2 && question.All(answer => answer.Kind == "off-topic"));
    }

    [Theory]
    [InlineData("lexical")]
    [InlineData("combined")]
    public void Answers_on_another_subject_score_under_ten_as_often_as_measured(string grader)
    {
        // Only the figures are printed: read once, the answers that scored would be tuned on.
        var graderUsed = seed.Grader(grader);
        var ordered = Answers.Select(answer => graderUsed.Grade(seed.Bank.Find(answer.Id).ShouldNotBeNull(), answer.Text).Score).Order().ToList();
        output.WriteLine($"second held out, {grader} grader: off-topic scores max {ordered[^1]}, median {(ordered[19] + ordered[20]) / 2.0}, under 10 for {ordered.Count(score => score < 10)}/40");

        ordered.Count(score => score < 10).ShouldBeGreaterThanOrEqualTo(36);
    }
}
