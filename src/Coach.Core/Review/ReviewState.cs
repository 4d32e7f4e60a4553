using Coach.Core.Questions;

namespace Coach.Core.Review;

/// <summary>
/// How well one person knows one question, kept between sessions: when to ask it again and how
/// fast its intervals grow (SM-2's interval, ease and repetitions), and how often it was missed.
/// </summary>
/// <param name="IntervalDays">Days between the last answer and <paramref name="Due"/>; 0 after a miss (due at once).</param>
/// <param name="Ease">How much each good answer stretches the interval; 2.5 to start, never below 1.3.</param>
/// <param name="Repetitions">Good answers in a row.</param>
/// <param name="Lapses">Answers that missed, ever.</param>
/// <param name="LastScore">The last grade, 0 to 100.</param>
public sealed record ReviewState(
    QuestionId Question,
    DateTimeOffset Due,
    double IntervalDays,
    double Ease,
    int Repetitions,
    int Lapses,
    int LastScore,
    DateTimeOffset LastAnswered)
{
    public const double StartingEase = 2.5;

    /// <summary>A question never answered: due now, with SM-2's starting ease.</summary>
    public static ReviewState New(QuestionId question, DateTimeOffset now) => new(question, now, 0, StartingEase, 0, 0, 0, now);

    public bool IsDue(DateTimeOffset now) => Due <= now;
}
