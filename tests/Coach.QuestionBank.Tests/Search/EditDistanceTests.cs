using Coach.QuestionBank.Search;

namespace Coach.QuestionBank.Tests.Search;

public sealed class EditDistanceTests
{
    [Theory]
    [InlineData("macie", "macie", 0)]
    [InlineData("maice", "macie", 1)]
    [InlineData("sheild", "shield", 1)]
    [InlineData("permision", "permission", 1)]
    [InlineData("lamda", "lambda", 1)]
    [InlineData("snapshpt", "snapshot", 1)]
    [InlineData("encrytion", "encryption", 1)]
    [InlineData("product", "protect", 2)]
    [InlineData("cat", "act", 1)]
    [InlineData("", "abc", 3)]
    public void Counts_edits_with_a_swap_of_neighbours_as_one(string a, string b, int distance)
    {
        EditDistance.AtMost(a, b, 5).ShouldBe(distance);
        EditDistance.AtMost(b, a, 5).ShouldBe(distance);
    }

    [Theory]
    [InlineData("kubernetes", "guardduty")]
    [InlineData("pizza", "policy")]
    [InlineData("a", "abcdef")]
    public void Gives_up_past_the_bound(string a, string b)
    {
        EditDistance.AtMost(a, b, 1).ShouldBe(2);
        EditDistance.AtMost(a, b, 2).ShouldBe(3);
    }
}
