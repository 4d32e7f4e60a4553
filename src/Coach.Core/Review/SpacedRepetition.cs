namespace Coach.Core.Review;

/// <summary>
/// SM-2 (Wozniak, 1990) over Coach's grades: a score of 0–100 is a recall quality of 0–5; a
/// quality of 3 or more is remembered (intervals of 1 day, then 6, then growing by the ease), less
/// is a miss. One change from SM-2: a missed question is due again at once rather than tomorrow,
/// so the next mock interview brings it back; in an interview coach a miss is what to practise.
/// </summary>
public static class SpacedRepetition
{
    private const double MinimumEase = 1.3;

    /// <summary>SM-2's recall quality: 0 (nothing) to 5 (perfect) in steps of 20 points.</summary>
    public static int Quality(int score) => Math.Clamp((int)Math.Round(score / 20.0, MidpointRounding.AwayFromZero), 0, 5);

    public static ReviewState Next(ReviewState state, int score, DateTimeOffset now)
    {
        var quality = Quality(score);
        var ease = Math.Max(MinimumEase, state.Ease + (0.1 - ((5 - quality) * (0.08 + ((5 - quality) * 0.02)))));
        if (quality < 3)
        {
            return state with { Due = now, IntervalDays = 0, Ease = ease, Repetitions = 0, Lapses = state.Lapses + 1, LastScore = score, LastAnswered = now };
        }

        var repetitions = state.Repetitions + 1;
        var interval = repetitions switch
        {
            1 => 1,
            2 => 6,
            _ => Math.Round(state.IntervalDays * ease, 1),
        };
        return state with
        {
            Due = now.AddDays(interval),
            IntervalDays = interval,
            Ease = ease,
            Repetitions = repetitions,
            LastScore = score,
            LastAnswered = now,
        };
    }
}
