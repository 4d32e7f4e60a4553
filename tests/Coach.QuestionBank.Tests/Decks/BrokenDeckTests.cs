using Coach.QuestionBank.Decks;
using Coach.Tests;

namespace Coach.QuestionBank.Tests.Decks;

public sealed class BrokenDeckTests
{
    private static readonly Deck Deck = DeckParser.Parse("broken", "content/broken.md", BrokenDeck.Markdown);

    [Fact]
    public void Every_planted_problem_is_reported_at_its_line()
    {
        Deck.Problems.Select(p => $"{p.Line}: {p.Message}").ShouldBe(
        [
            "3: question outside a topic: put it under a '## Topic' heading",
            "11: heading without a number: write '### N. What is a route table?'",
            "14: duplicate number 2 (first used at line 8)",
            "17: empty answer: write the model answer below the heading",
            "23: question 5 has no text after its number",
        ]);
        Deck.Problems.ShouldAllBe(p => p.File == "content/broken.md");
    }

    [Fact]
    public void Good_questions_of_a_broken_deck_still_load()
    {
        Deck.Questions.Select(q => q.Id.ToString()).ShouldBe(["broken/2", "broken/4"]);
        Deck.Questions[1].KeyPoints.ShouldBe(["Lets private subnets reach out.", "Blocks unsolicited inbound traffic."]);
    }

    [Fact]
    public void A_problem_prints_as_file_colon_line()
    {
        Deck.Problems[0].ToString().ShouldBe("content/broken.md:3: question outside a topic: put it under a '## Topic' heading");
    }

    [Theory]
    [InlineData("")]
    [InlineData("just prose, no headings")]
    [InlineData("---\ntitle: x\n")]
    [InlineData("## Topic only")]
    [InlineData("```\n### 1. inside a code block\n```")]
    public void Odd_but_harmless_files_parse_without_questions_or_exceptions(string markdown)
    {
        var deck = DeckParser.Parse("odd", "odd.md", markdown);
        deck.Questions.ShouldBeEmpty();
    }
}
