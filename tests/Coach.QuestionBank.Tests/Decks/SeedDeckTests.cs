using Coach.QuestionBank.Content;
using Coach.QuestionBank.Decks;
using Coach.Tests;

namespace Coach.QuestionBank.Tests.Decks;

public sealed class SeedDeckTests
{
    private static readonly Deck Seed = ContentReader.ReadDeckAsync(RepositoryPaths.SeedDeck, CancellationToken.None).GetAwaiter().GetResult();

    [Fact]
    public void The_seed_deck_has_twenty_numbered_questions_and_no_problems()
    {
        Seed.Problems.ShouldBeEmpty();
        Seed.Id.ShouldBe("aws-security");
        Seed.Title.ShouldBe("AWS Security Engineer Interview Questions");
        Seed.Questions.Select(q => q.Id.ToString()).ShouldBe(Enumerable.Range(1, 20).Select(n => $"aws-security/{n}"));
    }

    [SharedFolderFact]
    public void The_deck_is_the_seed_text_unchanged()
    {
        var seed = Directory.GetFiles(Path.Combine(RepositoryPaths.Shared, "seeds"), "*.txt").Single();
        File.ReadAllText(RepositoryPaths.SeedDeck).ShouldBe(File.ReadAllText(seed));
    }

    [Theory]
    [InlineData(1, "Identity & Access Management (IAM)", "Explain the difference between an IAM Policy, an SCP (Service Control Policy), and a Permission Boundary.")]
    [InlineData(3, "Identity & Access Management (IAM)", "What is the \"Confused Deputy\" problem and how does AWS prevent it?")]
    [InlineData(12, "Advanced Scenarios", "Explain the security implications of using \"Lambda Layers\".")]
    [InlineData(17, "Advanced Scenarios", "What is the difference between Security Groups and NACLs?")]
    [InlineData(19, "Advanced Scenarios", "What is Macie?")]
    public void Each_question_has_its_topic_and_title(int number, string topic, string title)
    {
        var question = Seed.Questions[number - 1];
        question.Topic.ShouldBe(topic);
        question.Title.ShouldBe(title);
    }

    [Fact]
    public void The_answer_is_the_markdown_below_the_heading()
    {
        Seed.Questions[18].AnswerMarkdown.ShouldBe(
            "A fully managed data security and data privacy service that uses machine learning and pattern matching to discover and protect sensitive data (PII, credit card numbers) in AWS S3.");
        Seed.Questions[16].AnswerMarkdown.ShouldStartWith("*   **State**: SG is Stateful");
        Seed.Questions[16].AnswerMarkdown.ShouldEndWith("NACL supports ALLOW and DENY.");
    }

    [Fact]
    public void Bullets_become_key_points_without_their_markup()
    {
        Seed.Questions[16].KeyPoints.ShouldBe(
        [
            "State: SG is Stateful (return traffic allowed automatically). NACL is Stateless (must explicitly allow return traffic).",
            "Scope: SG applies to Instance/ENI. NACL applies to Subnet.",
            "Rule Order: SG evaluates all rules. NACL evaluates in number order.",
            "Deny: SG supports ALLOW only. NACL supports ALLOW and DENY.",
        ]);
    }

    [Fact]
    public void Nested_bullets_are_key_points_of_their_own()
    {
        Seed.Questions[3].KeyPoints.ShouldContain("Shield Standard: Free, protects against Layer 3/4 attacks.");
        Seed.Questions[3].KeyPoints.Count.ShouldBe(4);
    }

    [Fact]
    public void Prose_and_steps_mix_into_key_points_and_lead_ins_are_dropped()
    {
        var envelope = Seed.Questions[5].KeyPoints;
        envelope[0].ShouldBe("AWS KMS does not encrypt large data directly.");
        envelope.ShouldContain("KMS generates a Data Key (plaintext and encrypted).");
        envelope[^2].ShouldBe("To decrypt, the service sends the Encrypted Data Key to KMS", "the line continuing step 4 is prose, split at \", which\"");
        envelope[^1].ShouldBe("Validates permissions and returns the Plaintext Data Key.");
        envelope[^3].ShouldBe("The Encrypted Data Key is stored alongside the encrypted data.");
        envelope.Count.ShouldBe(7);

        Seed.Questions[7].KeyPoints.ShouldNotContain("It uses:");
        Seed.Questions[7].KeyPoints.ShouldContain("VPC Flow Logs.");
    }

    [Fact]
    public void Prose_is_split_into_sentences_but_not_at_addresses_or_abbreviations()
    {
        Seed.Questions[14].KeyPoints.ShouldBe(
        [
            "IMDSv1: A simple GET request to 169.254.169.254 retrieves credentials.",
            "Vulnerable to SSRF (Server-Side Request Forgery) attacks where an attacker tricks an app to call this URL.",
            "IMDSv2: Requires a session token (PUT request) before getting metadata.",
            "This stops most SSRF attacks because simple redirects cannot handle the token handshake.",
        ]);
        Seed.Questions[13].KeyPoints.ShouldBe(
        [
            "Use AWS Secrets Manager.",
            "It integrates with RDS, Redshift, and DocumentDB to automatically rotate credentials at set intervals (e.g., every 30 days)",
            "Triggering a Lambda function that updates the database password and the secret value.",
        ]);
    }
}
