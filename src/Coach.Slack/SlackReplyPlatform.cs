using Coach.Core.App;
using Coach.Core.Ports;
using Coach.Slack.Api;
using Coach.Slack.BlockKit;

namespace Coach.Slack;

/// <summary>
/// Slack for one command or button press: private replies go through its <c>response_url</c>,
/// which works even in channels Coach has not joined; everything else goes through the Web API.
/// </summary>
internal sealed class SlackReplyPlatform(SlackPlatform slack, SlackApiClient api, Uri responseUrl) : IChatPlatform
{
    public string Name => slack.Name;

    public Task<MessageRef> PostAsync(ChannelRef channel, CoachMessage message, CancellationToken cancellationToken) =>
        slack.PostAsync(channel, message, cancellationToken);

    public Task<MessageRef> ReplyInThreadAsync(ChannelRef channel, MessageRef thread, CoachMessage message, CancellationToken cancellationToken) =>
        slack.ReplyInThreadAsync(channel, thread, message, cancellationToken);

    public async Task<MessageRef?> SendPrivateAsync(ChannelRef channel, MessageRef? thread, ChatUser user, CoachMessage message, CancellationToken cancellationToken)
    {
        foreach (var part in SlackBlocks.Render(message))
        {
            await api.RespondAsync(responseUrl, part, inChannel: false, cancellationToken);
        }

        return null;
    }

    public Task<ChannelRef> OpenDirectAsync(ChatUser user, ChannelRef seenIn, CancellationToken cancellationToken) => slack.OpenDirectAsync(user, seenIn, cancellationToken);

    public Task UpdateAsync(ChannelRef channel, MessageRef message, CoachMessage replacement, CancellationToken cancellationToken) =>
        slack.UpdateAsync(channel, message, replacement, cancellationToken);

    public Task<string> DisplayNameAsync(ChatUser user, CancellationToken cancellationToken) => slack.DisplayNameAsync(user, cancellationToken);

    public Task<PlatformRole> RoleAsync(ChatUser user, CancellationToken cancellationToken) => slack.RoleAsync(user, cancellationToken);

    public bool InstallerIsAdmin => slack.InstallerIsAdmin;

    public void ForgetPerson(string userId) => slack.ForgetPerson(userId);
}
