using System.Globalization;
using Coach.Core.App;
using Coach.Core.Ports;
using Coach.Playground.Chat;
using Coach.Playground.Rendering;

namespace Coach.Playground;

/// <summary>Coach speaking in the playground: each message rendered to HTML and added to the feed.</summary>
public sealed class PlaygroundPlatform(PlaygroundFeed feed) : IChatPlatform
{
    public string Name => PlaygroundWorkspace.Platform;

    /// <summary>The playground is one person trying Coach out as Alice, Bob or Carol: each may do everything.</summary>
    public Task<PlatformRole> RoleAsync(ChatUser user, CancellationToken cancellationToken) => Task.FromResult(PlatformRole.Admin);

    public bool InstallerIsAdmin => true;

    /// <summary>The playground's people are fixed; their messages live in storage, which forgets them.</summary>
    public void ForgetPerson(string userId)
    {
    }

    public async Task<MessageRef> PostAsync(ChannelRef channel, CoachMessage message, CancellationToken cancellationToken) =>
        Reference(await feed.AppendAsync(channel.Id, null, PlaygroundWorkspace.Coach.Id, null, Render(message), cancellationToken));

    public async Task<MessageRef> ReplyInThreadAsync(ChannelRef channel, MessageRef thread, CoachMessage message, CancellationToken cancellationToken) =>
        Reference(await feed.AppendAsync(channel.Id, IdOf(thread), PlaygroundWorkspace.Coach.Id, null, Render(message), cancellationToken));

    public async Task<MessageRef?> SendPrivateAsync(PrivateReply reply, CoachMessage message, CancellationToken cancellationToken) =>
        Reference(await feed.AppendAsync(reply.Channel.Id, reply.Thread is null ? null : IdOf(reply.Thread), PlaygroundWorkspace.Coach.Id, reply.User.Id, Render(message), cancellationToken));

    public Task<ChannelRef> OpenDirectAsync(ChatUser user, ChannelRef seenIn, CancellationToken cancellationToken) =>
        Task.FromResult(PlaygroundWorkspace.DirectWith(user));

    public async Task UpdateAsync(ChannelRef channel, MessageRef message, CoachMessage replacement, CancellationToken cancellationToken)
    {
        if (await feed.EditAsync(IdOf(message), Render(replacement), cancellationToken) is null)
        {
            throw new InvalidOperationException($"The playground has no message {message.Id} to update.");
        }
    }

    public static MessageRef Reference(PlaygroundEntry entry) => Reference(entry.Id);

    /// <summary>The first message of the thread <paramref name="entry"/> is in, if it is in one.</summary>
    public static MessageRef? ThreadOf(PlaygroundEntry entry) => entry.Thread is { } root ? Reference(root) : null;

    private static MessageRef Reference(long id) => new(id.ToString(CultureInfo.InvariantCulture));

    private static long IdOf(MessageRef message) =>
        long.TryParse(message.Id, NumberStyles.None, CultureInfo.InvariantCulture, out var id)
            ? id
            : throw new InvalidOperationException($"\"{message.Id}\" is not a playground message reference.");

    private static PlaygroundBody Render(CoachMessage message) => new(MessageHtml.Plain(message.Text), MessageHtml.Render(message));
}
