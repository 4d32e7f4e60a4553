using Coach.QuestionBank.Content;
using Coach.QuestionBank.Decks;
using Coach.Tests;

namespace Coach.QuestionBank.Tests.Decks;

/// <summary>
/// A model answer as plain text, what notifications and message fallbacks show on every platform:
/// the words without Markdown's marks, so a Slack notification does not read <c>**State**</c>.
/// </summary>
public sealed class AnswerTextTests
{
    [Fact]
    public void Emphasis_code_and_tags_lose_their_marks_and_lists_keep_their_shape()
    {
        var deck = DeckParser.Parse("net", "content/net.md", """
            ## Networking

            ### 1. Security groups or NACLs?
            Both filter traffic, but **differently**:

            *   **State**: SG is *stateful*; see `aws ec2 describe-security-groups`.
            *   **Scope**: SG applies to an ENI.
                1. first
                2. second

            <b>raw html</b>

            ```
            aws ec2 help
            ```
            """);

        deck.Questions.ShouldHaveSingleItem().AnswerText.ShouldBe(
            "Both filter traffic, but differently:\n\n" +
            "• State: SG is stateful; see aws ec2 describe-security-groups.\n" +
            "• Scope: SG applies to an ENI.\n" +
            "    1. first\n" +
            "    2. second\n\n" +
            "raw html\n\n" +
            "aws ec2 help");
    }

    [Fact]
    public async Task No_seed_answer_keeps_a_markdown_mark()
    {
        var seed = await ContentReader.ReadDeckAsync(RepositoryPaths.SeedDeck, CancellationToken.None);

        seed.Questions.ShouldAllBe(question => question.AnswerText.Length > question.AnswerMarkdown.Length / 2);
        seed.Questions.ShouldAllBe(question => !question.AnswerText.Contains("**") && !question.AnswerText.Contains('`') && !question.AnswerText.Contains("*   "));
    }
}
