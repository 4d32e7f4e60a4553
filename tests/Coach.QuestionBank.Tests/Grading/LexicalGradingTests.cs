using Coach.Core.Questions;

namespace Coach.QuestionBank.Tests.Grading;

public sealed class LexicalGradingTests(SeedBank seed) : IClassFixture<SeedBank>
{
    private Question Question(int number) => seed.Bank.Find(new QuestionId("aws-security", number))!;

    [Fact]
    public void Abbreviated_plurals_and_other_wording_still_cover_a_point()
    {
        var grade = seed.Bank.Grade(Question(17), "SGs only allow, NACLs can deny");

        var deny = grade.KeyPoints.Single(point => point.KeyPoint.StartsWith("Deny:", StringComparison.Ordinal));
        deny.Covered.ShouldBeTrue();
        deny.Evidence.ShouldContain("NACLs");
        deny.Evidence.ShouldContain("deny");
    }

    [Fact]
    public void A_strong_answer_scores_high_and_an_off_topic_one_low()
    {
        var strong = seed.Bank.Grade(Question(19),
            "Macie is a managed data security and privacy service. It uses machine learning and pattern matching to discover and protect sensitive data such as PII and credit card numbers in S3.");
        var offTopic = seed.Bank.Grade(Question(19), "I would put a load balancer in front of the web servers and enable autoscaling.");

        strong.Score.ShouldBeGreaterThanOrEqualTo(80);
        offTopic.Score.ShouldBeLessThanOrEqualTo(20);
    }

    [Fact]
    public void A_partial_answer_covers_some_points_and_misses_others()
    {
        var grade = seed.Bank.Grade(Question(17), "Security groups are stateful, so return traffic is allowed automatically; NACLs are stateless.");

        grade.Covered.Select(point => point.KeyPoint).ShouldContain(point => point.StartsWith("State:", StringComparison.Ordinal));
        grade.Missed.Select(point => point.KeyPoint).ShouldContain(point => point.StartsWith("Rule Order:", StringComparison.Ordinal));
        grade.Score.ShouldBeInRange(20, 80);
    }

    [Fact]
    public void British_and_American_spellings_meet()
    {
        var grade = seed.Bank.Grade(Question(9), "Analyse: mount the snapshot on a forensic instance and look for unknown processes.");
        grade.Covered.ShouldContain(point => point.KeyPoint.StartsWith("Analyze:", StringComparison.Ordinal));
    }

    [Fact]
    public void An_empty_answer_misses_every_point()
    {
        var grade = seed.Bank.Grade(Question(6), "");
        grade.Score.ShouldBe(0);
        grade.KeyPoints.Count.ShouldBe(Question(6).KeyPoints.Count);
        grade.Covered.ShouldBeEmpty();
    }

    [Fact]
    public void The_same_answer_always_gets_the_same_grade()
    {
        const string answer = "Isolate the instance with a security group, snapshot the EBS volumes, then analyse on a forensic instance.";
        var first = seed.Bank.Grade(Question(9), answer);
        var second = seed.Bank.Grade(Question(9), answer);
        second.Score.ShouldBe(first.Score);
        second.KeyPoints.Select(p => (p.KeyPoint, p.Covered, p.Coverage)).ShouldBe(first.KeyPoints.Select(p => (p.KeyPoint, p.Covered, p.Coverage)));
    }

    [Fact]
    public void A_40000_character_answer_is_graded_without_error()
    {
        var answer = string.Concat(Enumerable.Repeat("Isolate it: modify the security groups to block all traffic except the forensic workstation. ", 450));
        answer.Length.ShouldBeGreaterThanOrEqualTo(40_000);

        var grade = seed.Bank.Grade(Question(9), answer);

        grade.Score.ShouldBeInRange(1, 100);
        grade.Covered.ShouldContain(point => point.KeyPoint.StartsWith("Isolate:", StringComparison.Ordinal));
    }
}
