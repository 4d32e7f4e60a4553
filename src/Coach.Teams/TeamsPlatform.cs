using System.Text.Json.Nodes;
using Coach.Core.App;
using Coach.Core.Ports;
using Coach.Teams.Cards;
using Coach.Teams.Connector;
using Microsoft.Extensions.Options;

namespace Coach.Teams;

/// <summary>
/// Coach speaking in Teams through the Bot Framework connector. A post in a team channel starts a
/// new thread (the daily question); replies go into it; private messages go to the person's
/// one-to-one chat with Coach, which Teams has instead of ephemeral messages.
/// </summary>
internal sealed class TeamsPlatform(ConnectorClient connector, TeamsAddressBook addresses, IOptions<TeamsOptions> options) : IChatPlatform
{
    public string Name => TeamsConversation.PlatformName;

    /// <summary>Teams tells a bot nothing of a person's role without Graph; whoever added Coach to a team is one of its owners.</summary>
    public bool InstallerIsAdmin => true;

    /// <summary>Teams' adapter keeps nothing about people in memory.</summary>
    public void ForgetPerson(string userId)
    {
    }

    /// <summary>Everyone a member; with <c>AllowUnauthenticated</c> (local tools such as the Agents Playground, like Coach's own playground) everyone an admin.</summary>
    public Task<PlatformRole> RoleAsync(ChatUser user, CancellationToken cancellationToken) =>
        Task.FromResult(options.Value.AllowUnauthenticated ? PlatformRole.Admin : PlatformRole.Member);

    public async Task<MessageRef> PostAsync(ChannelRef channel, CoachMessage message, CancellationToken cancellationToken)
    {
        var conversation = await addresses.ResolveAsync(channel, cancellationToken);
        if (!conversation.IsTeamChannel)
        {
            return new MessageRef(await connector.SendAsync(conversation, TeamsCards.Activity(message, conversation), cancellationToken));
        }

        var (threadConversation, activityId) = await connector.CreateAsync(conversation, new JsonObject
        {
            ["isGroup"] = true,
            ["channelData"] = new JsonObject { ["channel"] = new JsonObject { ["id"] = conversation.Id } },
            ["activity"] = TeamsCards.Activity(message, conversation),
        }, cancellationToken);
        return new MessageRef(activityId ?? TeamsConversation.SplitThread(threadConversation).Thread ?? threadConversation);
    }

    public async Task<MessageRef> ReplyInThreadAsync(ChannelRef channel, MessageRef thread, CoachMessage message, CancellationToken cancellationToken)
    {
        var conversation = await addresses.ResolveAsync(channel, cancellationToken);
        var activity = TeamsCards.Activity(message, conversation);
        if (!conversation.IsTeamChannel)
        {
            activity["replyToId"] = thread.Id;
            return new MessageRef(await connector.SendAsync(conversation, activity, cancellationToken));
        }

        return new MessageRef(await connector.SendAsync(conversation.Thread(thread.Id), activity, cancellationToken));
    }

    public async Task<MessageRef?> SendPrivateAsync(PrivateReply reply, CoachMessage message, CancellationToken cancellationToken)
    {
        var direct = reply.Channel.IsDirect ? reply.Channel : await OpenDirectAsync(reply.User, reply.Channel, cancellationToken);
        return await PostAsync(direct, message, cancellationToken);
    }

    public async Task UpdateAsync(ChannelRef channel, MessageRef message, CoachMessage replacement, CancellationToken cancellationToken)
    {
        // A post that opened a channel thread is addressed within that thread's conversation, the
        // reference Teams handed back when the thread was created.
        var conversation = await addresses.ResolveAsync(channel, cancellationToken);
        var at = conversation.IsTeamChannel ? conversation.Thread(message.Id) : conversation;
        await connector.UpdateAsync(at, message.Id, TeamsCards.Activity(replacement, conversation), cancellationToken);
    }

    public async Task<ChannelRef> OpenDirectAsync(ChatUser user, ChannelRef seenIn, CancellationToken cancellationToken)
    {
        var at = new TeamsConversation((await addresses.ResolveAsync(seenIn, cancellationToken)).ServiceUrl, TeamsConversation.Personal, "");
        var (id, _) = await connector.CreateAsync(at, new JsonObject
        {
            ["isGroup"] = false,
            ["bot"] = new JsonObject { ["id"] = $"28:{options.Value.AppId}" },
            ["members"] = new JsonArray(new JsonObject { ["id"] = user.Id }),
            ["tenantId"] = options.Value.TenantId,
            ["channelData"] = new JsonObject { ["tenant"] = new JsonObject { ["id"] = options.Value.TenantId } },
        }, cancellationToken);
        var direct = (at with { Id = id }).ToChannel();
        await addresses.RememberAsync(direct, at.ServiceUrl, cancellationToken);
        return direct;
    }
}
