using Coach.Core.App;
using Coach.Core.App.Text;

namespace Coach.Core.Features.Help;

/// <summary>What Coach can do; the answer to anything addressed to Coach that no route takes.</summary>
internal sealed class HelpHandler : ITurnHandler<Turn>
{
    public static CoachMessage Message { get; } = new(
        $"I'm Coach, your interview coach. Try:\n" +
        $"• {ChatCommand.Ask("<question>")} — the best model answer from the question bank, e.g. {ChatCommand.Ask("what is macie")}\n" +
        $"• {ChatCommand.Say("mock")} — a mock interview in a direct message with me, graded answer by answer\n" +
        $"• {ChatCommand.Coach("progress")} — your mastery per topic, reviews due, streak and last scores; {ChatCommand.Coach("interview-date 2026-12-15")} to practise towards a date\n" +
        $"• {ChatCommand.Coach("remind 08:30")} — one message on weekdays at that time (yours) when reviews are due; {ChatCommand.Coach("away until 2026-12-24")} pauses it and keeps your streak\n" +
        $"• {ChatCommand.Coach("leaderboard [week|month|all]")} — who answered this channel's daily questions\n" +
        $"• {ChatCommand.Coach("help")} — the team commands (daily question schedule, topics, status)");

    public Task HandleAsync(Turn turn, TurnContext context, CancellationToken cancellationToken) =>
        context.ReplyPrivatelyAsync(Message, cancellationToken);
}
