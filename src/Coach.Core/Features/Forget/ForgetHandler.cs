using System.Text.RegularExpressions;
using Coach.Core.App;
using Coach.Core.Features.Admin;
using Coach.Core.Ports;

namespace Coach.Core.Features.Forget;

/// <summary>
/// <c>coach forget me [confirm]</c>, and for admins <c>coach forget @person [confirm]</c> (also the
/// <i>Forget</i> button): deletes everything Coach keeps about the person, after they confirm. Always
/// answered privately; a person's data is nobody else's business.
/// </summary>
internal sealed partial class ForgetHandler(IPersonalData data, ChannelAdmins admins) : ITurnHandler<CommandTurn>, ITurnHandler<ActionTurn>
{
    public Task HandleAsync(CommandTurn turn, TurnContext context, CancellationToken cancellationToken)
    {
        var (target, confirmed) = Arguments(CoachVerb.Of(turn)?.Rest ?? "");
        return ForgetAsync(turn, target, confirmed, context, cancellationToken);
    }

    /// <summary>The <i>Forget</i> button, which is the confirmation.</summary>
    public Task HandleAsync(ActionTurn turn, TurnContext context, CancellationToken cancellationToken) =>
        ForgetAsync(turn, turn.Value, confirmed: true, context, cancellationToken);

    private async Task ForgetAsync(Turn turn, string target, bool confirmed, TurnContext context, CancellationToken cancellationToken)
    {
        var me = turn.User;
        var userId = target == ForgetMessages.Me ? me.Id : MentionedId(target);
        if (userId is null)
        {
            await context.ReplyPrivatelyAsync(ForgetMessages.Usage, cancellationToken);
            return;
        }

        if (userId != me.Id && !await admins.MayChangeAsync(context, settings: null, cancellationToken))
        {
            await context.ReplyPrivatelyAsync(ForgetMessages.AdminsOnly, cancellationToken);
            return;
        }

        var whose = userId == me.Id ? "you" : userId;
        if (!confirmed)
        {
            await context.ReplyPrivatelyAsync(ForgetMessages.AskToConfirm(target, whose), cancellationToken);
            return;
        }

        var forgotten = await data.ForgetAsync(turn.Channel.Platform, userId, cancellationToken);
        context.Platform.ForgetPerson(userId);
        await context.ReplyPrivatelyAsync(ForgetMessages.Forgotten(whose, forgotten), cancellationToken);
    }

    private static (string Target, bool Confirmed) Arguments(string rest)
    {
        var words = rest.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        var confirmed = words.Length > 1 && words[^1].Equals("confirm", StringComparison.OrdinalIgnoreCase);
        var target = words.Length == 0 ? "" : words[0];
        return (target.Equals(ForgetMessages.Me, StringComparison.OrdinalIgnoreCase) ? ForgetMessages.Me : target, confirmed);
    }

    // Slack sends a mention as <@U0123ABC> or <@U0123ABC|name>; a bare id is taken as typed.
    private static string? MentionedId(string target) =>
        Mention().Match(target) is { Success: true } match ? match.Groups["id"].Value
        : target.Length > 0 && !target.Contains('<', StringComparison.Ordinal) ? target.TrimStart('@')
        : null;

    [GeneratedRegex(@"^<@(?<id>[^|>]+)(\|[^>]*)?>$")]
    private static partial Regex Mention();
}
