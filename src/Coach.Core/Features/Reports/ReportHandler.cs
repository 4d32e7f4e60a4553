using Coach.Core.App;
using Coach.Core.Ports;
using Coach.Core.Questions;

namespace Coach.Core.Features.Reports;

/// <summary>
/// <i>Report a problem</i> and <i>I covered this</i>: the button asks for the person's words in a
/// text box, privately; what they send is stored with the question id and its version for the
/// admins (<c>coach reports</c>). Everything here is answered to the person alone.
/// </summary>
internal sealed class ReportHandler(IQuestionBank bank, IQuestionReports reports, TimeProvider time) : ITurnHandler<ActionTurn>
{
    public async Task HandleAsync(ActionTurn turn, TurnContext context, CancellationToken cancellationToken)
    {
        var value = turn.Value;
        var reply = turn.ActionId switch
        {
            CoachActions.ReportProblem => Find(value) is { } question ? ReportMessages.AskWhatIsWrong(question) : ReportMessages.UnknownQuestion(value),
            CoachActions.AppealPoint => FindPoint(value) is var (question, index, point) ? ReportMessages.AskForWords(question, point, index) : ReportMessages.UnknownQuestion(value),
            CoachActions.ReportSubmit => await SubmitAsync(turn, Find(value), null, ReportKind.Problem, value, cancellationToken),
            _ => FindPoint(value) is var (question, _, point)
                ? await SubmitAsync(turn, question, point, ReportKind.Appeal, value, cancellationToken)
                : ReportMessages.UnknownQuestion(value),
        };
        await context.ReplyPrivatelyAsync(reply, cancellationToken);
    }

    private async Task<CoachMessage> SubmitAsync(ActionTurn turn, Question? question, string? keyPoint, ReportKind kind, string value, CancellationToken cancellationToken)
    {
        if (question is null)
        {
            return ReportMessages.UnknownQuestion(value);
        }

        var text = turn.Text.Trim();
        if (text.Length == 0 || text.Length > ReportMessages.MaxTextLength)
        {
            return ReportMessages.NeedsText;
        }

        var report = await reports.AddAsync(
            new QuestionReport(0, kind, question.Id, QuestionVersion.Of(question), keyPoint, text, turn.Channel.Platform, turn.User.Id, time.GetUtcNow()),
            cancellationToken);
        return ReportMessages.Reported(report);
    }

    private Question? Find(string value) => QuestionId.TryParse(value, out var id) ? bank.Find(id.Value) : null;

    private (Question Question, int Index, string Point)? FindPoint(string value) =>
        ReportButtons.TryReadAppeal(value, out var id, out var index) && bank.Find(id) is { } question && index < question.KeyPoints.Count
            ? (question, index, question.KeyPoints[index])
            : null;
}
