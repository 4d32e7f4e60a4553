using Coach.Core.App;

namespace Coach.Core.Features.Help;

/// <summary>What Coach can do; the answer to anything addressed to Coach that no route takes.</summary>
internal sealed class HelpHandler : ITurnHandler
{
    public const string Text = """
        I'm Coach, your interview coach. Try:
        • /ask <question> — the best model answer from the question bank, e.g. /ask what is macie
        • mock — a mock interview in a direct message with me, graded answer by answer
        • /coach progress — your mastery per topic, reviews due, streak and last scores; /coach interview-date 2026-12-15 to practise towards a date
        • /coach leaderboard [week|month|all] — who answered this channel's daily questions
        • /coach help — the team commands (daily question schedule, topics, status)
        """;

    public Task HandleAsync(TurnContext context, CancellationToken cancellationToken) =>
        context.ReplyPrivatelyAsync(new CoachMessage(Text), cancellationToken);
}
