using Coach.Core.Features.DailyQuestion;
using Coach.Core.Questions;

namespace Coach.Core.Tests.Features.DailyQuestion;

public sealed class NextQuestionTests
{
    private static readonly IReadOnlyList<Question> Bank = [.. Enumerable.Range(1, 20).Select(n =>
        new Question(new QuestionId("deck", n), n <= 5 ? "Networking" : "Storage", $"Question {n}?", "Answer.", []))];

    [Fact]
    public void The_same_channel_and_cycle_always_get_the_same_question_on_every_replica()
    {
        var first = NextQuestion.Pick(Bank, QuestionFilter.All, "C1", 0, new HashSet<QuestionId>());
        var again = NextQuestion.Pick(Bank, QuestionFilter.All, "C1", 0, new HashSet<QuestionId>());
        again.ShouldBe(first);
    }

    [Fact]
    public void Channels_and_cycles_get_their_own_order()
    {
        var orders = new[] { ("C1", 0), ("C2", 0), ("C1", 1) }.Select(key => Order(key.Item1, key.Item2)).ToList();
        orders.Distinct(new SequenceComparer()).Count().ShouldBe(3);
        orders.ShouldAllBe(order => order.Distinct().Count() == 20);
    }

    [Fact]
    public void Topic_filters_match_part_of_a_topic_in_any_case()
    {
        var picked = NextQuestion.Pick(Bank, new QuestionFilter(["NETWORK"]), "C1", 0, new HashSet<QuestionId>())!.Value;
        picked.Question.Topic.ShouldBe("Networking");
    }

    private static List<QuestionId> Order(string channel, int cycle)
    {
        var asked = new HashSet<QuestionId>();
        var order = new List<QuestionId>();
        for (var i = 0; i < 20; i++)
        {
            var next = NextQuestion.Pick(Bank, QuestionFilter.All, channel, cycle, asked)!.Value.Question.Id;
            asked.Add(next);
            order.Add(next);
        }

        return order;
    }

    private sealed class SequenceComparer : IEqualityComparer<List<QuestionId>>
    {
        public bool Equals(List<QuestionId>? x, List<QuestionId>? y) => x!.SequenceEqual(y!);

        public int GetHashCode(List<QuestionId> obj) => obj.Count;
    }
}
