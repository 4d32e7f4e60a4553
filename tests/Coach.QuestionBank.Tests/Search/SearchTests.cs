namespace Coach.QuestionBank.Tests.Search;

public sealed class SearchTests(SeedBank seed) : IClassFixture<SeedBank>
{
    private readonly LiveQuestionBank _bank = seed.Bank;

    /// <summary>Slack sends mentions, broadcasts and links in its own markup; they were declined as words nobody knows (issue 17).</summary>
    [Theory]
    [InlineData("<@U0123ABC> what is macie", "aws-security/19")]
    [InlineData("<!channel> sg vs nacl", "aws-security/17")]
    [InlineData("<#C0SEC1234|security> envelope encryption", "aws-security/6")]
    [InlineData("<https://aws.amazon.com/macie/|macie> what is it", "aws-security/19")]
    [InlineData("<at>Coach</at> what is macie", "aws-security/19")]
    public void Chat_markup_in_a_query_is_not_searched_as_words(string typed, string expected)
    {
        var result = _bank.Search(typed);

        result.Confident.ShouldBeTrue();
        result.Best!.Question.Id.ToString().ShouldBe(expected);
        result.Query.ShouldBe(typed, "the person's own words are what the reply quotes");
        result.CorrectedQuery.ShouldBeNull();
    }

    [Fact]
    public void Chat_markup_in_an_answer_is_not_graded_as_words()
    {
        var macie = _bank.Find(Coach.Core.Questions.QuestionId.Parse("aws-security/19"))!;
        const string Answer = "Macie uses machine learning to find PII in S3";

        _bank.Grade(macie, $"<@U0123ABC> <!here> {Answer} <https://aws.amazon.com/macie/|docs>").Score.ShouldBe(_bank.Grade(macie, $"{Answer} docs").Score);
        seed.Combined.Grade(macie, $"<at>Coach</at> {Answer}").Score.ShouldBe(seed.Combined.Grade(macie, Answer).Score);
    }

    [Fact]
    public void What_is_macie_finds_macie_with_confidence()
    {
        var result = _bank.Search("what is macie");
        result.Confident.ShouldBeTrue();
        result.Best!.Question.Id.ToString().ShouldBe("aws-security/19");
        result.CorrectedQuery.ShouldBeNull();
    }

    [Fact]
    public void Acronyms_find_the_question_that_spells_them_out()
    {
        _bank.Search("sg vs nacl").Best!.Question.Id.ToString().ShouldBe("aws-security/17");
        _bank.Search("network access control list").Best!.Question.Id.ToString().ShouldBe("aws-security/17");
    }

    [Fact]
    public void A_typo_is_corrected_and_said_so()
    {
        var result = _bank.Search("what is maice");
        result.CorrectedQuery.ShouldBe("what is macie");
        result.Confident.ShouldBeTrue();
        result.Best!.Question.Id.ToString().ShouldBe("aws-security/19");
    }

    [Fact]
    public void A_question_about_nothing_in_the_bank_is_not_confident()
    {
        _bank.Search("best pizza in town").Confident.ShouldBeFalse();
    }

    [Fact]
    public void A_vague_question_offers_suggestions_without_confidence()
    {
        var result = _bank.Search("how do I secure kubernetes clusters");
        result.Confident.ShouldBeFalse();
        result.Matches.ShouldNotBeEmpty();
    }

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData("what is the")]
    [InlineData("?!?")]
    public void Empty_or_meaningless_text_gives_nothing(string text)
    {
        var result = _bank.Search(text);
        result.Confident.ShouldBeFalse();
        result.Matches.ShouldBeEmpty();
    }

    [Theory]
    [InlineData("\"aws:SourceArn\"")]
    [InlineData("(")]
    [InlineData(")")]
    [InlineData("*")]
    [InlineData("?")]
    [InlineData("AND")]
    [InlineData("macie AND OR NOT")]
    [InlineData("-")]
    [InlineData("- macie")]
    [InlineData("title:macie")]
    [InlineData("macie~2")]
    [InlineData("macie^10")]
    [InlineData("[a TO z]")]
    [InlineData("{!}")]
    [InlineData("/regex.*/")]
    [InlineData("\\")]
    [InlineData("\"unbalanced")]
    [InlineData("&& || !")]
    [InlineData("\0\u200b🙂")]
    public void Query_syntax_in_user_text_never_throws(string text)
    {
        Should.NotThrow(() => _bank.Search(text));
    }

    [Fact]
    public void Source_arn_in_quotes_finds_the_confused_deputy()
    {
        _bank.Search("\"aws:SourceArn\"").Best!.Question.Id.ToString().ShouldBe("aws-security/3");
        _bank.Search("SourceArn").Best!.Question.Id.ToString().ShouldBe("aws-security/3");
    }

    [Fact]
    public void A_very_long_query_is_searched_without_error()
    {
        var text = string.Concat(Enumerable.Repeat("macie sensitive data ", 5000));
        _bank.Search(text).Best!.Question.Id.ToString().ShouldBe("aws-security/19");
    }

    [Fact]
    public void Matches_are_limited_and_best_first()
    {
        var matches = _bank.Search("aws security", limit: 3).Matches;
        matches.Count.ShouldBe(3);
        matches.Select(m => m.Score).ShouldBeInOrder(SortDirection.Descending);
    }

    [Fact]
    public void Related_questions_exclude_the_question_itself()
    {
        var id = Coach.Core.Questions.QuestionId.Parse("aws-security/17");
        var related = _bank.Related(id, 2);
        related.Count.ShouldBe(2);
        related.ShouldNotContain(q => q.Id == id);
    }

    [Fact]
    public void Related_for_an_unknown_question_is_empty()
    {
        _bank.Related(Coach.Core.Questions.QuestionId.Parse("nope/1")).ShouldBeEmpty();
    }
}
