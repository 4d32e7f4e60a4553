using Coach.Core.Questions;
using Coach.QuestionBank.Search;
using Coach.QuestionBank.Semantic;
using Coach.Tests;

namespace Coach.QuestionBank.Tests.Search;

/// <summary>Search by words first and by meaning when the words decline.</summary>
public sealed class HybridSearchTests(SeedBank seed) : IClassFixture<SeedBank>
{
    private const string Paraphrase = "should I terminate a compromised instance right away";

    [Fact]
    public void A_question_the_words_find_but_doubt_is_answered_when_its_meaning_agrees()
    {
        seed.Bank.Search(Paraphrase).Confident.ShouldBeFalse();

        var result = seed.Hybrid.Search(Paraphrase);

        result.Confident.ShouldBeTrue();
        result.Best!.Question.Id.ShouldBe(new QuestionId("aws-security", 9));
    }

    [Theory]
    [InlineData("what is terraform state locking")]
    [InlineData("how to configure azure conditional access policies")]
    [InlineData("best pizza in town")]
    public void A_question_outside_the_bank_is_still_declined(string query) =>
        seed.Hybrid.Search(query).Confident.ShouldBeFalse();

    [Fact]
    public void What_the_words_answer_confidently_is_left_as_it_is()
    {
        var words = seed.Bank.Search("what is macie");

        var hybrid = seed.Hybrid.Search("what is macie");

        hybrid.Confident.ShouldBeTrue();
        hybrid.Matches.ShouldBe(words.Matches);
    }

    [Fact]
    public async Task Until_the_questions_are_embedded_search_uses_words_alone_and_embeds_them_in_the_background()
    {
        var search = new HybridSearch(seed.Bank, new QuestionVectors(new SentenceEmbedder()));

        search.Search(Paraphrase).Confident.ShouldBeFalse("nothing is embedded yet; the first search starts it");

        await Eventually.HoldsAsync(() => search.Search(Paraphrase).Confident);
    }
}
