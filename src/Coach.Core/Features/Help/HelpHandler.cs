using Coach.Core.App;

namespace Coach.Core.Features.Help;

/// <summary>What Coach can do; the answer to anything addressed to Coach that no route takes.</summary>
internal sealed class HelpHandler : ITurnHandler
{
    public const string Text = """
        I'm Coach, your interview coach. Try:
        • /ask <question> — the best model answer from the question bank, e.g. /ask what is macie
        • /coach help — the team commands (daily question schedule, topics, status)
        """;

    public Task HandleAsync(TurnContext context, CancellationToken cancellationToken) =>
        context.ReplyPrivatelyAsync(new CoachMessage(Text), cancellationToken);
}
