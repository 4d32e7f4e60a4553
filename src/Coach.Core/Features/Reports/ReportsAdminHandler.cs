using System.Globalization;
using Coach.Core.App;
using Coach.Core.Features.Admin;
using Coach.Core.Ports;
using Coach.Core.Questions;

namespace Coach.Core.Features.Reports;

/// <summary>
/// <c>coach reports</c> (the open reports and appeals), <c>coach reports accept N</c> (an appeal's
/// words count for its key point from then on) and <c>coach reports close N</c>, for Coach's admins
/// (the channel-admin rule), answered privately.
/// </summary>
internal sealed class ReportsAdminHandler(IQuestionReports reports, IQuestionBank bank, ChannelAdmins admins, TimeProvider time) : ITurnHandler<CommandTurn>
{
    private const int Listed = 25;

    public async Task HandleAsync(CommandTurn turn, TurnContext context, CancellationToken cancellationToken)
    {
        if (!await admins.MayChangeAsync(context, settings: null, cancellationToken))
        {
            await context.ReplyPrivatelyAsync(ReportMessages.AdminsOnly, cancellationToken);
            return;
        }

        var words = (CoachVerb.Of(turn)?.Rest ?? "").Split(' ', StringSplitOptions.RemoveEmptyEntries);
        var reply = words switch
        {
            [] => ReportMessages.Open(await reports.ListOpenAsync(Listed, cancellationToken), bank.Find),
            [var verb, var number] when long.TryParse(number.TrimStart('#'), NumberStyles.None, CultureInfo.InvariantCulture, out var n) => verb.ToLowerInvariant() switch
            {
                "accept" => await AcceptAsync(n, turn.User.Id, cancellationToken),
                "close" => await CloseAsync(n, turn.User.Id, cancellationToken),
                _ => ReportMessages.Usage,
            },
            _ => ReportMessages.Usage,
        };
        await context.ReplyPrivatelyAsync(reply, cancellationToken);
    }

    private async Task<CoachMessage> AcceptAsync(long number, string by, CancellationToken cancellationToken)
    {
        if (await reports.FindAsync(number, cancellationToken) is not { Status: ReportStatus.Open } report)
        {
            return ReportMessages.NotOpen(number);
        }

        if (report.Kind != ReportKind.Appeal)
        {
            return ReportMessages.OnlyAppeals(number);
        }

        return await reports.ResolveAsync(number, ReportStatus.Accepted, by, time.GetUtcNow(), cancellationToken)
            ? ReportMessages.Accepted(report)
            : ReportMessages.NotOpen(number);
    }

    private async Task<CoachMessage> CloseAsync(long number, string by, CancellationToken cancellationToken) =>
        await reports.ResolveAsync(number, ReportStatus.Closed, by, time.GetUtcNow(), cancellationToken)
            ? ReportMessages.Closed(number)
            : ReportMessages.NotOpen(number);
}
