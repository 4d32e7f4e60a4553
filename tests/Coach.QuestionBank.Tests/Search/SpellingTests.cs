namespace Coach.QuestionBank.Tests.Search;

public sealed class SpellingTests(SeedBank seed) : IClassFixture<SeedBank>
{
    [Theory]
    [InlineData("what is maice", "what is macie")]
    [InlineData("sheild standard", "shield standard")]
    [InlineData("permision boundry", "permission boundary")]
    [InlineData("how does envelope encrytion work", "how does envelope encryption work")]
    [InlineData("GAURDDUTY?", "guardduty?")]
    public void Misspelt_words_are_corrected_to_words_the_bank_uses(string typed, string corrected)
    {
        seed.Bank.Search(typed).CorrectedQuery.ShouldBe(corrected);
    }

    [Theory]
    [InlineData("what is macie")]
    [InlineData("sg vs nacl")]
    [InlineData("what does a product manager do")]
    [InlineData("best pizza in town")]
    [InlineData("imdsv3")]
    public void Known_words_short_words_numbers_and_far_off_words_are_left_alone(string typed)
    {
        seed.Bank.Search(typed).CorrectedQuery.ShouldBeNull();
    }

    /// <summary>Words the bank uses in another form were "corrected" to that form, and the person told so (issue 17).</summary>
    [Theory]
    [InlineData("roles vs policies vs scps")]
    [InlineData("functions with shared layers")]
    [InlineData("reach s3 privately")]
    [InlineData("stop using ssh keys")]
    [InlineData("deleting objects in a bucket")]
    [InlineData("rotating secrets")]
    public void A_word_the_bank_knows_in_another_form_is_never_rewritten(string typed)
    {
        var result = seed.Bank.Search(typed);
        result.CorrectedQuery.ShouldBeNull();
        result.Query.ShouldBe(typed);
    }

    [Fact]
    public void Synonyms_count_as_known_words_even_where_no_question_uses_them()
    {
        seed.Bank.Search("personally identifiable information").CorrectedQuery.ShouldBeNull();
    }
}
