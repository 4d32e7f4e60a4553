using Coach.Core.App;

namespace Coach.Core.Ports;

/// <summary>
/// How Coach speaks on one platform. Each adapter (Slack, Teams, the playground) implements it
/// with its own client, retries and rendering; the core only ever holds the references it returns.
/// </summary>
public interface IChatPlatform
{
    /// <summary>The name adapters put in <see cref="ChannelRef.Platform"/>, e.g. <c>slack</c>.</summary>
    string Name { get; }

    /// <summary>Posts a new message in a channel (a daily question starts its thread this way).</summary>
    Task<MessageRef> PostAsync(ChannelRef channel, CoachMessage message, CancellationToken cancellationToken);

    /// <summary>Replies in the thread that <paramref name="thread"/> starts.</summary>
    Task<MessageRef> ReplyInThreadAsync(ChannelRef channel, MessageRef thread, CoachMessage message, CancellationToken cancellationToken);

    /// <summary>
    /// Shows a message to one person only: ephemeral where the platform has that (Slack), a direct
    /// message where it does not. In a thread when <see cref="PrivateReply.Thread"/> is given, so that
    /// feedback on a thread reply appears beside it; through <see cref="PrivateReply.Handle"/> when
    /// the platform gave one for the request. Returns null when the platform gives such a message no reference.
    /// </summary>
    Task<MessageRef?> SendPrivateAsync(PrivateReply reply, CoachMessage message, CancellationToken cancellationToken);

    /// <summary>
    /// The one-to-one conversation with <paramref name="user"/>, opened if need be, from
    /// <paramref name="seenIn"/>, a conversation the person is in (Teams opens the chat through that
    /// conversation's service URL; nothing about the person need be remembered in between).
    /// </summary>
    Task<ChannelRef> OpenDirectAsync(ChatUser user, ChannelRef seenIn, CancellationToken cancellationToken);

    /// <summary>
    /// Shows the person their dashboard on the page the platform keeps for Coach and each person
    /// (Slack's Home tab), replacing what it showed. <paramref name="direct"/> is their direct
    /// conversation with Coach, where the page's buttons act. False on platforms without such a page
    /// (Teams, the playground), where the dashboard is a card in that conversation instead.
    /// </summary>
    Task<bool> PublishHomeAsync(ChatUser user, ChannelRef direct, CoachMessage dashboard, CancellationToken cancellationToken) => Task.FromResult(false);

    /// <summary>Replaces a message Coach posted earlier (a card whose buttons have been used).</summary>
    Task UpdateAsync(ChannelRef channel, MessageRef message, CoachMessage replacement, CancellationToken cancellationToken);

    /// <summary>
    /// The person's name as the others in a conversation know it, for text that names people without
    /// notifying them (a leaderboard). Platforms whose events carry only an id look it up; the id
    /// is the answer when they cannot.
    /// </summary>
    Task<string> DisplayNameAsync(ChatUser user, CancellationToken cancellationToken) => Task.FromResult(user.Name);

    /// <summary>
    /// The person's IANA time zone, for their streak days and reminders: the one the turn carried, or
    /// for platforms whose events carry none, asked of the platform (Slack: <c>users.info</c> <c>tz</c>).
    /// Null when the platform cannot say.
    /// </summary>
    Task<string?> TimeZoneAsync(ChatUser user, CancellationToken cancellationToken) => Task.FromResult(user.TimeZone);

    /// <summary>
    /// Whether the person is an admin, a member or a guest of the workspace, for the commands that
    /// change a channel (Slack: <c>users.info</c>). A platform that cannot tell says member. Not a
    /// default method, so that no wrapper of a platform can forget to pass it on and demote everyone.
    /// </summary>
    Task<PlatformRole> RoleAsync(ChatUser user, CancellationToken cancellationToken);

    /// <summary>
    /// Whether the person who added Coach to a channel may change its settings: true where the
    /// platform has no workspace admin Coach can ask about (Teams, where whoever installs an app in a
    /// team is one of its owners).
    /// </summary>
    bool InstallerIsAdmin { get; }

    /// <summary>Drops whatever the platform remembers of the person in memory (names, roles): they asked Coach to forget them.</summary>
    void ForgetPerson(string userId);
}
