using Coach.Core.App;
using Coach.Core.Channels;
using Microsoft.Extensions.Options;

namespace Coach.Core.Features.Admin;

/// <summary>
/// Who may change a channel's daily question or post to it (<c>/coach schedule|pause|resume|next|skip</c>):
/// the ids in <c>Coach:Admins</c>; workspace admins and owners; where the platform counts them (Teams),
/// the person who added Coach to the channel; never a guest. A whole team's channel is not for any
/// one member to silence or flood.
/// </summary>
internal sealed class ChannelAdmins(IOptions<AdminOptions> options)
{
    public async Task<bool> MayChangeAsync(TurnContext context, ChannelSettings? settings, CancellationToken cancellationToken)
    {
        var user = context.Turn.User;
        if (options.Value.Admins.Contains(user.Id, StringComparer.Ordinal))
        {
            return true;
        }

        return await context.Platform.RoleAsync(user, cancellationToken) switch
        {
            PlatformRole.Admin => true,
            PlatformRole.Guest => false,
            _ => context.Platform.InstallerIsAdmin && settings?.AddedBy == user.Id,
        };
    }
}
