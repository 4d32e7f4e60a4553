using Coach.Core.App;

namespace Coach.Playground;

/// <summary>
/// The pretend workspace: one team channel, a direct conversation with Coach for each person, and
/// a few people to switch between so that replies from different people can be tried.
/// </summary>
public static class PlaygroundWorkspace
{
    public const string Platform = "playground";

    public static ChatUser Coach { get; } = new("coach", "Coach", IsBot: true);

    public static IReadOnlyList<ChatUser> People { get; } =
    [
        new("alice", "Alice Chen"),
        new("bob", "Bob Okafor"),
        new("carol", "Carol Diaz"),
    ];

    public static ChannelRef TeamChannel { get; } = new(Platform, "security-team");

    public static string TeamChannelName => "#security-team";

    public static ChatUser? FindPerson(string? id) => People.FirstOrDefault(person => person.Id == id);

    public static ChannelRef DirectWith(ChatUser person) => new(Platform, $"dm-{person.Id}", IsDirect: true);

    /// <summary>A conversation <paramref name="person"/> may read and write: the team channel or their own direct conversation.</summary>
    public static ChannelRef? ConversationOf(ChatUser person, string? conversation) =>
        conversation == TeamChannel.Id ? TeamChannel
        : conversation == DirectWith(person).Id ? DirectWith(person)
        : null;

    /// <summary>
    /// Whether <paramref name="viewer"/> (null: nobody chosen) may see an entry: it is in the team channel or
    /// their own direct conversation, and is for everyone or for them. Decided on the server, so that a
    /// page never receives what its person may not read.
    /// </summary>
    public static bool MaySee(ChatUser? viewer, string conversation, string? visibleTo) =>
        (conversation == TeamChannel.Id || (viewer is not null && conversation == DirectWith(viewer).Id))
        && (visibleTo is null || visibleTo == viewer?.Id);

    public static ChannelRef ChannelOf(string conversation) =>
        conversation == TeamChannel.Id ? TeamChannel : new ChannelRef(Platform, conversation, IsDirect: true);

    public static string NameOf(string userId) =>
        userId == Coach.Id ? Coach.Name : FindPerson(userId)?.Name ?? userId;
}
