using System.Collections.Concurrent;
using System.Text.Json.Nodes;
using Coach.Core.App;
using Coach.Core.Ports;
using Coach.Slack.Api;
using Coach.Slack.BlockKit;

namespace Coach.Slack;

/// <summary>
/// Coach speaking in Slack through the Web API. Posts to one channel go out one at a time, in the
/// order they were made, whatever retries Slack's rate limits cause.
/// </summary>
public sealed class SlackPlatform(SlackApiClient api) : IChatPlatform
{
    public const string PlatformName = "slack";

    /// <summary>Names looked up are kept this many at most; a workspace rarely has more people answering.</summary>
    private const int MaxNamesKept = 10_000;
    private const long RoleKeptMilliseconds = 10 * 60 * 1000;

    private readonly ConcurrentDictionary<string, SemaphoreSlim> _channelGates = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, string> _names = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, (PlatformRole Role, long At)> _roles = new(StringComparer.Ordinal);

    public string Name => PlatformName;

    /// <summary>
    /// Slack's events name people by id only; <c>users.info</c> (scope <c>users:read</c>) gives the
    /// name they show, remembered for the life of the process. When Slack cannot say, the id.
    /// </summary>
    public async Task<string> DisplayNameAsync(ChatUser user, CancellationToken cancellationToken)
    {
        if (user.Name != user.Id)
        {
            return user.Name;
        }

        if (_names.TryGetValue(user.Id, out var known))
        {
            return known;
        }

        try
        {
            var name = await api.UserNameAsync(user.Id, cancellationToken);
            if (_names.Count >= MaxNamesKept)
            {
                _names.Clear();
            }

            return _names[user.Id] = name;
        }
        catch (Exception e) when (e is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
        {
            // A name is a nicety: whatever kept Slack from giving it (a refusal, retries spent, a timeout), the id will do.
            return user.Id;
        }
    }

    public bool InstallerIsAdmin => false;

    public void ForgetPerson(string userId)
    {
        _names.TryRemove(userId, out _);
        _roles.TryRemove(userId, out _);
    }

    /// <summary>
    /// A person's role from <c>users.info</c>, remembered for ten minutes: long enough that a burst of
    /// commands asks once, short enough that a demoted admin or a new guest counts as such soon. When
    /// Slack cannot say, a member (not remembered), so that nobody gains rights from an outage.
    /// </summary>
    public async Task<PlatformRole> RoleAsync(ChatUser user, CancellationToken cancellationToken)
    {
        var now = Environment.TickCount64;
        if (_roles.TryGetValue(user.Id, out var known) && now - known.At < RoleKeptMilliseconds)
        {
            return known.Role;
        }

        try
        {
            var role = await api.UserRoleAsync(user.Id, cancellationToken);
            if (_roles.Count >= MaxNamesKept)
            {
                _roles.Clear();
            }

            _roles[user.Id] = (role, now);
            return role;
        }
        catch (Exception e) when (e is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
        {
            return PlatformRole.Member;
        }
    }

    /// <summary>
    /// Slack's events carry no time zone; <c>users.info</c> gives the one the person set (<c>tz</c>).
    /// Not remembered here: the core keeps it and asks again once a day.
    /// </summary>
    public Task<string?> TimeZoneAsync(ChatUser user, CancellationToken cancellationToken) => api.UserTimeZoneAsync(user.Id, cancellationToken);

    /// <summary>Slack's most blocks in one view.</summary>
    public const int MaxHomeBlocks = 100;

    /// <summary>
    /// The Home tab (<c>views.publish</c>), its blocks those of the message's parts; the direct
    /// conversation goes in the view's private metadata, where its buttons' presses say where they act.
    /// </summary>
    public async Task<bool> PublishHomeAsync(ChatUser user, ChannelRef direct, CoachMessage dashboard, CancellationToken cancellationToken)
    {
        var blocks = new JsonArray([.. SlackBlocks.Render(dashboard).SelectMany(part => part.Blocks).Take(MaxHomeBlocks).Select(block => block?.DeepClone())]);
        await api.PublishHomeAsync(user.Id, blocks, direct.Id, cancellationToken);
        return true;
    }

    public static ChannelRef Channel(string id) => new(PlatformName, id, IsDirect: id.StartsWith('D'));

    public Task<MessageRef> PostAsync(ChannelRef channel, CoachMessage message, CancellationToken cancellationToken) =>
        InOrderAsync(channel, () => PostAllAsync(channel.Id, null, message, cancellationToken), cancellationToken);

    public Task<MessageRef> ReplyInThreadAsync(ChannelRef channel, MessageRef thread, CoachMessage message, CancellationToken cancellationToken) =>
        InOrderAsync(channel, () => PostAllAsync(channel.Id, thread.Id, message, cancellationToken), cancellationToken);

    /// <summary>
    /// An ephemeral message; for a command or button press, through its <c>response_url</c> when
    /// Slack gave one, which works even in channels Coach has not joined.
    /// </summary>
    public async Task<MessageRef?> SendPrivateAsync(PrivateReply reply, CoachMessage message, CancellationToken cancellationToken)
    {
        var responseUrl = SlackInbound.ResponseUrl(reply.Handle);
        await InOrderAsync(reply.Channel, async () =>
        {
            foreach (var part in SlackBlocks.Render(message))
            {
                await (responseUrl is not null
                    ? api.RespondAsync(responseUrl, part, inChannel: false, cancellationToken)
                    : api.PostEphemeralAsync(reply.Channel.Id, reply.User.Id, reply.Thread?.Id, part, cancellationToken));
            }

            return true;
        }, cancellationToken);
        return null; // Slack gives an ephemeral message no reference that can be updated.
    }

    public async Task<ChannelRef> OpenDirectAsync(ChatUser user, ChannelRef seenIn, CancellationToken cancellationToken) =>
        Channel(await api.OpenConversationAsync(user.Id, cancellationToken));

    public Task UpdateAsync(ChannelRef channel, MessageRef message, CoachMessage replacement, CancellationToken cancellationToken) =>
        InOrderAsync(channel, async () =>
        {
            // A message split in several keeps its first part in place; the card being updated is short.
            await api.UpdateAsync(channel.Id, message.Id, SlackBlocks.Render(replacement)[0], cancellationToken);
            return true;
        }, cancellationToken);

    private async Task<MessageRef> PostAllAsync(string channel, string? threadTs, CoachMessage message, CancellationToken cancellationToken)
    {
        string? first = null;
        foreach (var part in SlackBlocks.Render(message))
        {
            var ts = await api.PostMessageAsync(channel, threadTs, part, cancellationToken);
            first ??= ts;
        }

        return new MessageRef(first ?? throw new InvalidOperationException("A message rendered to no Slack message."));
    }

    private async Task<T> InOrderAsync<T>(ChannelRef channel, Func<Task<T>> send, CancellationToken cancellationToken)
    {
        var gate = _channelGates.GetOrAdd(channel.Id, _ => new SemaphoreSlim(1, 1));
        await gate.WaitAsync(cancellationToken);
        try
        {
            return await send();
        }
        finally
        {
            gate.Release();
        }
    }
}
