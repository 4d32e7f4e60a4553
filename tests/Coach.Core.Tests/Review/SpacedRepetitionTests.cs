using Coach.Core.Questions;
using Coach.Core.Review;

namespace Coach.Core.Tests.Review;

public sealed class SpacedRepetitionTests
{
    private static readonly DateTimeOffset Monday = new(2026, 11, 30, 9, 0, 0, TimeSpan.Zero);
    private static readonly QuestionId Question = QuestionId.Parse("aws-security/17");

    [Theory]
    [InlineData(0, 0)]
    [InlineData(9, 0)]
    [InlineData(10, 1)]
    [InlineData(49, 2)]
    [InlineData(50, 3)]
    [InlineData(69, 3)]
    [InlineData(70, 4)]
    [InlineData(90, 5)]
    [InlineData(100, 5)]
    public void Scores_map_to_sm2_recall_quality_in_steps_of_twenty(int score, int quality) =>
        SpacedRepetition.Quality(score).ShouldBe(quality);

    [Fact]
    public void Good_answers_come_back_after_one_day_then_six_then_growing_by_the_ease()
    {
        var state = ReviewState.New(Question, Monday);

        state = SpacedRepetition.Next(state, 100, Monday);
        state.Due.ShouldBe(Monday.AddDays(1));
        state = SpacedRepetition.Next(state, 100, state.Due);
        state.Due.ShouldBe(Monday.AddDays(7));
        state = SpacedRepetition.Next(state, 100, state.Due);

        state.IntervalDays.ShouldBe(Math.Round(6 * 2.8, 1));
        state.Ease.ShouldBe(2.8, tolerance: 1e-9);
        state.Repetitions.ShouldBe(3);
        state.Lapses.ShouldBe(0);
    }

    [Fact]
    public void A_question_missed_twice_comes_back_before_one_answered_well()
    {
        var missed = SpacedRepetition.Next(SpacedRepetition.Next(ReviewState.New(Question, Monday), 20, Monday), 30, Monday.AddHours(1));
        var known = SpacedRepetition.Next(ReviewState.New(QuestionId.Parse("aws-security/19"), Monday), 95, Monday.AddHours(1));

        missed.Due.ShouldBeLessThan(known.Due);
        missed.IsDue(Monday.AddHours(1)).ShouldBeTrue();
        missed.Lapses.ShouldBe(2);
        missed.Repetitions.ShouldBe(0);
    }

    [Fact]
    public void A_miss_after_a_run_of_good_answers_starts_the_intervals_again_and_lowers_the_ease()
    {
        var state = ReviewState.New(Question, Monday);
        for (var i = 0; i < 4; i++)
        {
            state = SpacedRepetition.Next(state, 100, state.Due);
        }

        var afterMiss = SpacedRepetition.Next(state, 0, state.Due);
        var afterRecovery = SpacedRepetition.Next(afterMiss, 100, afterMiss.Due);

        afterMiss.Ease.ShouldBeLessThan(state.Ease);
        afterRecovery.IntervalDays.ShouldBe(1);
    }

    [Fact]
    public void The_ease_never_falls_below_sm2s_floor()
    {
        var state = ReviewState.New(Question, Monday);
        for (var i = 0; i < 20; i++)
        {
            state = SpacedRepetition.Next(state, 0, Monday);
        }

        state.Ease.ShouldBe(1.3);
    }
}
