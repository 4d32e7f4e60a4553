using Coach.Core.Questions;

namespace Coach.QuestionBank.Tests.Grading;

/// <summary>Grading by words and meaning together (the default): what the sentence model adds, and what it must not change.</summary>
public sealed class CombinedGradingTests(SeedBank seed) : IClassFixture<SeedBank>
{
    private Question Question(int number) => seed.Bank.Find(new QuestionId("aws-security", number))!;

    [Fact]
    public void An_answer_in_other_words_gets_credit_the_words_alone_would_not_give()
    {
        const string answer = "Traffic let in by the instance-level firewall can always go back out, but the subnet-level list forgets every packet, so replies need their own rules.";

        var lexical = seed.Bank.Grade(Question(17), answer);
        var combined = seed.Combined.Grade(Question(17), answer);

        combined.Score.ShouldBeGreaterThan(lexical.Score);
        combined.KeyPoints.Zip(lexical.KeyPoints).ShouldContain(pair => pair.First.Coverage > pair.Second.Coverage);
    }

    [Fact]
    public void Meaning_never_takes_away_what_the_words_found()
    {
        const string answer = "SGs only allow, NACLs can deny. Security groups are stateful; NACLs are stateless.";

        var lexical = seed.Bank.Grade(Question(17), answer);
        var combined = seed.Combined.Grade(Question(17), answer);

        lexical.Covered.Select(point => point.KeyPoint).ShouldBeSubsetOf(combined.Covered.Select(point => point.KeyPoint));
        combined.KeyPoints.Zip(lexical.KeyPoints).ShouldAllBe(pair => pair.First.Coverage >= pair.Second.Coverage);
    }

    [Fact]
    public void An_answer_about_something_else_gains_nothing()
    {
        const string answer = "I would put a load balancer in front of the web servers and enable autoscaling.";

        seed.Combined.Grade(Question(19), answer).Score.ShouldBe(seed.Bank.Grade(Question(19), answer).Score);
    }

    /// <summary>Issue 17: when "What is Macie?" was one key point, half an answer scored 100 and the tip quoted the whole model answer.</summary>
    [Fact]
    public void A_one_sentence_model_answer_is_graded_fact_by_fact_and_the_tip_names_the_missing_fact()
    {
        var macie = Question(19);

        var half = seed.Combined.Grade(macie, "it uses ML to find PII in S3");
        var elsewhere = seed.Combined.Grade(macie, "You encrypt the data with KMS, lock down IAM roles and turn on CloudTrail.");

        half.Score.ShouldBeInRange(34, 99, half.Summary);
        half.Covered.ShouldNotBeEmpty();
        half.Tips.ShouldHaveSingleItem().ShouldBe("Worth adding: “A fully managed data security and data privacy service”");
        // Meaning finds encrypting data close to protecting it, so this scores 16, not the issue's
        // "under 10" (docs/benchmarks.md); but it covers no fact, and scores below the half answer.
        elsewhere.Covered.ShouldBeEmpty(elsewhere.Summary);
        elsewhere.Score.ShouldBeLessThan(half.Score);
    }

    [Fact]
    public void Pasting_the_model_answer_scores_full_marks()
    {
        var question = Question(6);
        seed.Combined.Grade(question, question.AnswerMarkdown).Score.ShouldBe(100);
    }

    [Fact]
    public void An_empty_answer_scores_nothing()
    {
        var grade = seed.Combined.Grade(Question(6), "  ");
        grade.Score.ShouldBe(0);
        grade.Covered.ShouldBeEmpty();
    }

    [Fact]
    public void An_answer_of_forty_thousand_characters_is_graded()
    {
        var answer = string.Concat(Enumerable.Repeat("Security groups are stateful, NACLs are stateless. ", 800));
        answer.Length.ShouldBeGreaterThanOrEqualTo(40_000);

        var grade = seed.Combined.Grade(Question(17), answer);

        grade.Covered.ShouldContain(point => point.KeyPoint.StartsWith("State:", StringComparison.Ordinal));
        grade.Score.ShouldBeInRange(1, 99);
    }

    [Fact]
    public void The_same_answer_always_gets_the_same_grade()
    {
        const string answer = "Cut the machine off the network, copy its disks, and look at the copies on a clean analysis box before deleting anything.";

        var first = seed.Combined.Grade(Question(9), answer);
        for (var i = 0; i < 10; i++)
        {
            var again = seed.Combined.Grade(Question(9), answer);
            again.Score.ShouldBe(first.Score);
            again.KeyPoints.Select(point => point.Coverage).ShouldBe(first.KeyPoints.Select(point => point.Coverage));
        }
    }
}
