using Coach.Core.Questions;

namespace Coach.Core.Tests.Questions;

public sealed class SearchResultTests
{
    private static readonly Question Macie = new(new QuestionId("aws", 19), "Advanced", "What is Macie?", "A data security service.", []);

    [Fact]
    public void Best_is_the_first_match()
    {
        var other = Macie with { Id = new QuestionId("aws", 8) };
        new SearchResult("macie", true, [new SearchMatch(Macie, 9), new SearchMatch(other, 3)]).Best!.Question.ShouldBe(Macie);
    }

    [Fact]
    public void An_empty_result_is_not_confident_and_has_no_best()
    {
        var empty = SearchResult.Empty("pizza");
        empty.Confident.ShouldBeFalse();
        empty.Best.ShouldBeNull();
        empty.Query.ShouldBe("pizza");
    }
}
