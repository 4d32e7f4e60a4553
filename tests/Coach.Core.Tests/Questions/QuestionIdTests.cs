using Coach.Core.Questions;

namespace Coach.Core.Tests.Questions;

public sealed class QuestionIdTests
{
    [Fact]
    public void Prints_as_deck_slash_number()
    {
        new QuestionId("aws-security", 19).ToString().ShouldBe("aws-security/19");
    }

    [Theory]
    [InlineData("aws-security/19", "aws-security", 19)]
    [InlineData("team/decks/2", "team/decks", 2)]
    public void Parses_what_it_prints(string text, string deck, int number)
    {
        QuestionId.Parse(text).ShouldBe(new QuestionId(deck, number));
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("aws-security")]
    [InlineData("aws-security/")]
    [InlineData("/19")]
    [InlineData("aws-security/0")]
    [InlineData("aws-security/-1")]
    [InlineData("aws-security/x")]
    [InlineData("aws-security/ 1")]
    public void Rejects_text_that_is_not_an_id(string? text)
    {
        QuestionId.TryParse(text, out var id).ShouldBeFalse();
        id.ShouldBeNull();
    }

    [Fact]
    public void Parse_names_the_bad_text_in_its_error()
    {
        Should.Throw<FormatException>(() => QuestionId.Parse("nonsense")).Message.ShouldContain("nonsense");
    }
}
