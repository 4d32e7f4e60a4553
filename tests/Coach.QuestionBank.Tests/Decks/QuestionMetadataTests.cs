using Coach.Core.Questions;
using Coach.QuestionBank.Decks;

namespace Coach.QuestionBank.Tests.Decks;

/// <summary>The optional lines under a question's heading: difficulty, tags, references and the date the answer was last reviewed.</summary>
public sealed class QuestionMetadataTests
{
    private const string Markdown = """
        ## Detection

        ### 1. What does GuardDuty analyse?
        Difficulty: medium
        Tags: GuardDuty, threat detection
        Reference: https://docs.aws.amazon.com/guardduty/latest/ug/what-is-guardduty.html
        Reference: https://docs.aws.amazon.com/guardduty/latest/ug/guardduty_data-sources.html
        Reviewed: 2026-11-30

        *   CloudTrail management events
        *   VPC Flow Logs

        ### 2. Without metadata?
        Reference material is in the docs: a sentence that only starts like a field.

        ### 3. Broken metadata
        Difficulty: extreme
        Reference: http://example.com/insecure
        Reviewed: 30/11/2026
        Owner: the security team

        An answer.
        """;

    private static readonly Deck Deck = DeckParser.Parse("detection", "content/detection.md", Markdown);

    [Fact]
    public void Metadata_lines_are_parsed_and_kept_out_of_the_answer_and_its_key_points()
    {
        var question = Deck.Questions.Single(q => q.Number == 1);

        question.Metadata.Difficulty.ShouldBe(Difficulty.Medium);
        question.Metadata.Tags.ShouldBe(["guardduty", "threat detection"]);
        question.Metadata.References.Select(uri => uri.AbsolutePath).ShouldBe(["/guardduty/latest/ug/what-is-guardduty.html", "/guardduty/latest/ug/guardduty_data-sources.html"]);
        question.Metadata.Reviewed.ShouldBe(new DateOnly(2026, 11, 30));
        question.AnswerMarkdown.ShouldStartWith("*   CloudTrail");
        question.KeyPoints.ShouldBe(["CloudTrail management events", "VPC Flow Logs"]);
    }

    [Fact]
    public void A_question_without_metadata_has_none_and_a_sentence_that_starts_like_a_field_stays_answer()
    {
        var question = Deck.Questions.Single(q => q.Number == 2);

        question.Metadata.ShouldBe(QuestionMetadata.None);
        question.AnswerMarkdown.ShouldStartWith("Reference material is in the docs");
    }

    [Fact]
    public void Each_bad_value_is_a_problem_at_its_line_and_the_question_does_not_load()
    {
        Deck.Problems.Select(p => $"{p.Line}: {p.Message}").ShouldBe(
        [
            "17: unknown difficulty 'extreme': use easy, medium, hard",
            "18: reference 'http://example.com/insecure' is not an https:// link",
            "19: reviewed date '30/11/2026' is not YYYY-MM-DD",
            "20: unknown metadata line 'Owner: the security team': use Difficulty:, Tags:, Reference:, Reviewed: (or a blank line before the answer)",
        ]);
        Deck.Questions.Select(q => q.Number).ShouldBe([1, 2]);
    }

    [Theory]
    [InlineData("2026-11-30", 365, false)]
    [InlineData("2025-11-30", 365, true)]
    [InlineData(null, 365, true)]
    public void An_answer_is_stale_when_not_reviewed_within_the_days_given(string? reviewed, int days, bool stale)
    {
        var metadata = QuestionMetadata.None with { Reviewed = reviewed is null ? null : DateOnly.Parse(reviewed, System.Globalization.CultureInfo.InvariantCulture) };
        metadata.IsStale(new DateOnly(2026, 12, 2), days).ShouldBe(stale);
    }
}
