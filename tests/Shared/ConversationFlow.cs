using Coach.Core.App;

namespace Coach.Tests;

/// <summary>
/// Lets a test read like the chat it checks:
/// <c>await flow.As(alice).Command("ask", "what is macie")</c> returns what Coach sent in reply.
/// Every flow gets its own channel id, so tests never share data.
/// </summary>
internal sealed class ConversationFlow(CoachApp app, RecordingPlatform platform, ChatUser? user = null, ChannelRef? channel = null)
{
    public ChatUser User { get; } = user ?? new ChatUser($"U-{Guid.NewGuid():N}", "Alice");

    public ChannelRef Channel { get; } = channel ?? new ChannelRef(platform.Name, $"C-{Guid.NewGuid():N}");

    public ConversationFlow As(ChatUser someone) => new(app, platform, someone, Channel);

    public ConversationFlow In(ChannelRef somewhere) => new(app, platform, User, somewhere);

    public Task<IReadOnlyList<Sent>> Command(string name, string text) =>
        SendAsync(new CommandTurn { Channel = Channel, User = User, Name = name, Text = text });

    public Task<IReadOnlyList<Sent>> Say(string text) =>
        SendAsync(new ChannelMessageTurn { Channel = Channel, User = User, Text = text });

    public Task<IReadOnlyList<Sent>> Mention(string text) =>
        SendAsync(new MentionTurn { Channel = Channel, User = User, Text = text });

    /// <param name="eventId">The platform's id for the message, as the ingress sets it; the same id twice is the same message worked off again.</param>
    public Task<IReadOnlyList<Sent>> DirectMessage(string text, string? eventId = null) =>
        SendAsync(new DirectMessageTurn { Channel = Channel with { IsDirect = true }, User = User, Text = text, EventId = eventId });

    public Task<IReadOnlyList<Sent>> ReplyInThread(MessageRef thread, string text) =>
        SendAsync(new ThreadReplyTurn { Channel = Channel, User = User, Thread = thread, Text = text });

    public Task<IReadOnlyList<Sent>> Press(string actionId, string value) =>
        SendAsync(new ActionTurn { Channel = Channel, User = User, ActionId = actionId, Value = value });

    /// <summary>Text typed into one of Coach's text boxes and sent.</summary>
    public Task<IReadOnlyList<Sent>> Submit(string actionId, string value, string text) =>
        SendAsync(new ActionTurn { Channel = Channel, User = User, ActionId = actionId, Value = value, Text = text });

    public async Task<IReadOnlyList<Sent>> SendAsync(Turn turn)
    {
        var before = platform.Sent.Count;
        await app.DispatchAsync(turn, platform, CancellationToken.None);
        return [.. platform.Sent.Skip(before)];
    }
}
