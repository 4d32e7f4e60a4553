using Coach.Core.Questions;
using Xunit.Abstractions;

namespace Coach.QuestionBank.Tests.Grading;

/// <summary>
/// The labelled answers in Data/answers.tsv: for each question a strong, a partial and an
/// off-topic answer. The grader must rank them in that order for at least 90 % of the questions.
/// </summary>
public sealed class GradingQualityTests(SeedBank seed, ITestOutputHelper output) : IClassFixture<SeedBank>
{
    [Fact]
    public void Strong_beats_partial_beats_off_topic_for_nine_questions_in_ten()
    {
        var answers = File.ReadLines(Path.Combine(AppContext.BaseDirectory, "Data", "answers.tsv"))
            .Where(line => line.Length > 0 && !line.StartsWith('#'))
            .Skip(1)
            .Select(line => line.Split('\t'))
            .Select(cells => (Id: QuestionId.Parse(cells[0]), Kind: cells[1], Text: cells[2]))
            .ToList();
        answers.Count.ShouldBeGreaterThanOrEqualTo(60);

        var ordered = 0;
        var questions = answers.GroupBy(answer => answer.Id).ToList();
        foreach (var question in questions)
        {
            var bank = seed.Bank.Find(question.Key).ShouldNotBeNull();
            int Score(string kind) => seed.Bank.Grade(bank, question.Single(answer => answer.Kind == kind).Text).Score;
            var (strong, partial, offTopic) = (Score("strong"), Score("partial"), Score("off-topic"));
            var inOrder = strong > partial && partial > offTopic;
            ordered += inOrder ? 1 : 0;
            output.WriteLine($"{(inOrder ? "  " : "✗ ")}{question.Key}: strong {strong}, partial {partial}, off-topic {offTopic}");
        }

        var share = (double)ordered / questions.Count;
        output.WriteLine($"lexical grader: strong > partial > off-topic for {share:P0} of questions ({ordered}/{questions.Count})");
        share.ShouldBeGreaterThanOrEqualTo(0.9);
    }
}
