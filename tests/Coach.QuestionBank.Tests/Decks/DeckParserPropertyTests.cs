using Coach.QuestionBank.Decks;
using Coach.Tests;
using CsCheck;

namespace Coach.QuestionBank.Tests.Decks;

/// <summary>
/// A deck is a file people edit by hand: whatever Markdown it holds, the parser gives back a deck
/// (with problems listed) and never throws.
/// </summary>
public sealed class DeckParserPropertyTests
{
    private static readonly string[] Pieces =
    [
        "# ", "## ", "### ", "#### ", "1. ", "12. ", "0. ", "-1. ", "- ", "* ", "+ ", "> ", "**", "__", "`", "```", "```\n", "~~~", "---\n", "===\n", "\n", "\n\n", "\r\n",
        "    ", "\t", "| a | b |\n|---|---|\n", "[link](http://x)", "![img](x.png)", "<div>", "</div>", "<!-- -->", "title: x\n", "---\ntitle: Deck\n---\n",
        "Identity & Access", "What is Macie?", "Key points:", ":", "\\", "&amp;", "\u0000", "\uFEFF", "\uD83D\uDE00",
    ];

    [Fact]
    public void An_empty_front_matter_is_no_title_and_no_crash()
    {
        // Found by the property below: Markdig gives an empty front matter block no lines at all.
        var deck = DeckParser.Parse("d", "d.md", "---\n---\n## Topic\n### 1. Question?\nAnswer.\n");

        deck.Title.ShouldBe("d");
        deck.Questions.ShouldHaveSingleItem().Title.ShouldBe("Question?");
    }

    [Fact]
    public void An_empty_code_fence_in_a_list_item_is_no_crash()
    {
        // Found by the property below (seed bUV5vHKo8bW2): Markdig gives the empty fenced block no lines at all.
        var deck = DeckParser.Parse("d", "d.md", "## Topic\n### 1. Question?\n- First point\n- ```\n");

        deck.Questions.ShouldHaveSingleItem().Title.ShouldBe("Question?");
        deck.Questions[0].KeyPoints.ShouldContain("First point");
    }

    [Fact]
    public void Any_markdown_gives_a_deck_and_never_throws()
    {
        Gen.OneOf(Gen.OneOf(Pieces), HostileJson.Text).Array[0, 60]
            .Select(parts => string.Concat(parts))
            .Sample(markdown =>
            {
                var deck = DeckParser.Parse("hostile", "hostile.md", markdown);
                deck.ShouldNotBeNull();
            }, iter: 3_000);
    }
}
