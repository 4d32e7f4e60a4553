using System.Diagnostics;
using Coach.Core.App;
using Coach.Core.Ports;
using Coach.Core.Telemetry;

namespace Coach.Core.Features.Ask;

/// <summary>
/// <c>/ask &lt;text&gt;</c>: the best-matching model answer and two related questions, or, when no
/// question matches with confidence, up to three suggestions as buttons, or the topics the bank
/// covers when nothing comes close. Answers only the asker.
/// </summary>
internal sealed class AskHandler(IQuestionSearch search, IQuestionBank bank, CoachMetrics metrics) : ITurnHandler<CommandTurn>
{
    private const int Suggestions = 3;
    private const int RelatedQuestions = 2;

    public Task HandleAsync(CommandTurn turn, TurnContext context, CancellationToken cancellationToken)
    {
        var text = turn.Text.Trim();
        if (text.Length == 0)
        {
            return context.ReplyPrivatelyAsync(AskReplies.Usage, cancellationToken);
        }

        var started = Stopwatch.GetTimestamp();
        var result = search.Search(text, Suggestions);
        metrics.Asked(turn.Channel.Platform, result.Confident, Stopwatch.GetElapsedTime(started));
        var reply = result is { Confident: true, Best: { } best }
            ? AskReplies.Answer(best.Question, search.Related(best.Question.Id, RelatedQuestions), result.CorrectedQuery, shareable: !turn.Channel.IsDirect)
            : AskReplies.NoConfidentMatch(text, [.. result.Matches.Select(match => match.Question)], [.. bank.Questions.Select(q => q.Topic).Distinct()]);
        return context.ReplyPrivatelyAsync(reply, cancellationToken);
    }
}
