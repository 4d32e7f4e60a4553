using Xunit.Abstractions;

namespace Coach.QuestionBank.Tests.Grading;

/// <summary>
/// The labelled answers: for each question a strong, a partial and an off-topic answer. A grader
/// must rank them in that order for at least 90 % of the questions. <c>answers.tsv</c> was written
/// first and borrows the model answers' words; <c>answers-reworded.tsv</c> says the same things in
/// other words, where grading by words alone is expected to struggle.
/// </summary>
public sealed class GradingQualityTests(SeedBank seed, ITestOutputHelper output) : IClassFixture<SeedBank>
{
    [Theory]
    [InlineData("lexical", "answers.tsv")]
    [InlineData("combined", "answers.tsv")]
    [InlineData("combined", "answers-reworded.tsv")]
    public void Strong_beats_partial_beats_off_topic_for_nine_questions_in_ten(string grader, string file)
    {
        var share = Ordered(grader, file);
        share.ShouldBeGreaterThanOrEqualTo(0.9);
    }

    [Fact]
    public void Meaning_ranks_reworded_answers_better_than_words_alone()
    {
        var lexical = Ordered("lexical", "answers-reworded.tsv");
        var combined = Ordered("combined", "answers-reworded.tsv");
        combined.ShouldBeGreaterThan(lexical);
    }

    private double Ordered(string grader, string file) => GradingOrder.Share(seed, grader, file, output);
}

/// <summary>
/// The same labelled answers graded in the bank the service serves (every shipped deck): the words'
/// weights come from the whole bank, so new decks could move the seed questions' grades.
/// </summary>
public sealed class ShippedGradingQualityTests(ShippedBank shipped, ITestOutputHelper output) : IClassFixture<ShippedBank>
{
    [Theory]
    [InlineData("lexical", "answers.tsv")]
    [InlineData("combined", "answers.tsv")]
    [InlineData("combined", "answers-reworded.tsv")]
    public void Strong_beats_partial_beats_off_topic_for_nine_questions_in_ten_over_every_deck(string grader, string file) =>
        GradingOrder.Share(shipped, grader, file, output).ShouldBeGreaterThanOrEqualTo(0.9);
}

/// <summary>For how many questions a grader ranks the strong answer over the partial over the off-topic one.</summary>
internal static class GradingOrder
{
    public static double Share(LoadedBank seed, string grader, string file, ITestOutputHelper output)
    {
        var answers = LabelledAnswers.Read(file);
        answers.Count.ShouldBeGreaterThanOrEqualTo(60);

        var ordered = 0;
        var questions = answers.GroupBy(answer => answer.Id).ToList();
        foreach (var question in questions)
        {
            var bank = seed.Bank.Find(question.Key).ShouldNotBeNull();
            int Score(string kind) => seed.Grader(grader).Grade(bank, question.Single(answer => answer.Kind == kind).Text).Score;
            var (strong, partial, offTopic) = (Score("strong"), Score("partial"), Score("off-topic"));
            var inOrder = strong > partial && partial > offTopic;
            ordered += inOrder ? 1 : 0;
            output.WriteLine($"{(inOrder ? "  " : "✗ ")}{question.Key}: strong {strong}, partial {partial}, off-topic {offTopic}");
        }

        var share = (double)ordered / questions.Count;
        output.WriteLine($"{grader} grader on {file}: strong > partial > off-topic for {share:P0} of questions ({ordered}/{questions.Count})");
        return share;
    }
}
