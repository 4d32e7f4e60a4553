using Coach.QuestionBank.Content;
using Coach.QuestionBank.Decks;
using Coach.Tests;

namespace Coach.QuestionBank.Tests.Decks;

/// <summary>
/// The seed deck's key points at the level of facts (issue 17), checked by hand on all 20 answers on
/// 2026-12-02 and pinned here: prose is split where it states a new fact, bullets and steps stay as
/// they are, so a change to the splitter shows up as a change to what people are graded on.
/// </summary>
public sealed class SeedKeyPointsTests
{
    private static readonly Deck Seed = ContentReader.ReadDeckAsync(RepositoryPaths.SeedDeck, CancellationToken.None).GetAwaiter().GetResult();

    [Fact]
    public void Every_seed_answer_has_the_number_of_facts_checked_by_hand()
    {
        Seed.Questions.Select(question => question.KeyPoints.Count).ShouldBe([3, 4, 3, 4, 2, 7, 3, 7, 5, 3, 3, 3, 3, 3, 4, 4, 4, 5, 3, 5]);
    }

    [Fact]
    public void A_one_sentence_answer_is_what_the_service_is_what_it_uses_and_what_it_does()
    {
        Seed.Questions[18].KeyPoints.ShouldBe(
        [
            "A fully managed data security and data privacy service",
            "Uses machine learning and pattern matching",
            "Discover and protect sensitive data (PII, credit card numbers) in AWS S3.",
        ]);
    }

    [Fact]
    public void A_series_of_verb_phrases_is_a_fact_each_and_a_series_of_names_is_not()
    {
        Seed.Questions[17].KeyPoints.ShouldBe(
        [
            "Don't use SSH keys.",
            "Use AWS Systems Manager Session Manager.",
            "It uses IAM for access control",
            "Logs session activity to CloudWatch/S3",
            "Requires no open inbound ports (no bastion hosts needed).",
        ]);
        Seed.Questions[13].KeyPoints[1].ShouldStartWith("It integrates with RDS, Redshift, and DocumentDB");
        Seed.Questions[7].KeyPoints.Take(2).ShouldBe(["GuardDuty is a threat detection service", "Continuously monitors for malicious activity."]);
    }

    [Theory]
    [InlineData("The Confused Deputy problem is a security issue where an entity that doesn't have permission to perform an action can coerce a more privileged entity (the deputy) to perform the action.")]
    [InlineData("Security risk: If you use a public layer or a shared layer from a third party, and that layer is compromised or updated with malicious code, your function inherits the vulnerability.")]
    [InlineData("It logs events, , and keeps them.")]
    [InlineData("Modify the KMS Key Policy to allow the target account ID to use the key (kms:CreateGrant, kms:Decrypt, kms:DescribeKey).")]
    public void A_sentence_that_states_one_fact_is_left_whole(string sentence)
    {
        Clauses.Split(sentence).ShouldBe([sentence]);
    }

    [Theory]
    [InlineData("It is fast; it is cheap.", "It is fast", "It is cheap.")]
    [InlineData("Keys live in KMS (which logs every use, and audits it), and never leave it.", "Keys live in KMS (which logs every use, and audits it), and never leave it.")]
    [InlineData("Run `a; b` first.", "Run `a; b` first.")]
    [InlineData("Keys rotate yearly; ; they are never exported.", "Keys rotate yearly", "They are never exported.")]
    public void Separators_inside_parentheses_and_code_do_not_split_and_empty_clauses_are_dropped(string sentence, params string[] facts)
    {
        Clauses.Split(sentence).ShouldBe(facts);
    }
}
