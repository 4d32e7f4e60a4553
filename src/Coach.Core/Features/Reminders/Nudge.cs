using Coach.Core.Questions;

namespace Coach.Core.Features.Reminders;

/// <summary>
/// What a reminder has to say: the reviews due (<see cref="Due"/>), or when none are, the next
/// question the person has never practised.
/// </summary>
internal sealed record Nudge(IReadOnlyList<QuestionId> Due, Question? Next)
{
    /// <summary>What <i>Practise now</i> starts a mock interview over.</summary>
    public IReadOnlyList<QuestionId> Questions => Next is { } next ? [next.Id] : Due;
}
