using Coach.Core.App;
using Coach.Core.Ports;

namespace Coach.Tests;

/// <summary>A chat platform that records what Coach sends, giving each message a reference m1, m2, ….</summary>
internal sealed class RecordingPlatform(string name = "test") : IChatPlatform
{
    private readonly Lock _lock = new();
    private readonly List<Sent> _sent = [];

    public string Name => name;

    /// <summary>What the platform says each person is; anyone not listed is an admin, so that a test of anything but the admin rule can change a channel.</summary>
    public Dictionary<string, PlatformRole> Roles { get; } = [];

    /// <summary>The time zone the platform says each person is in, as Slack's <c>users.info</c> would; anyone not listed, it cannot say.</summary>
    public Dictionary<string, string> TimeZones { get; } = [];

    /// <summary>How often Coach asked the platform for someone's time zone.</summary>
    public int TimeZoneLookups => _timeZoneLookups;

    private int _timeZoneLookups;

    public Task<string?> TimeZoneAsync(ChatUser user, CancellationToken cancellationToken)
    {
        Interlocked.Increment(ref _timeZoneLookups);
        return Task.FromResult(user.TimeZone ?? TimeZones.GetValueOrDefault(user.Id));
    }

    public bool InstallerIsAdmin { get; set; }

    /// <summary>Whether the platform keeps a page for Coach and each person, as Slack's Home tab; off, as in Teams.</summary>
    public bool HasHome { get; set; }

    public Task<bool> PublishHomeAsync(ChatUser user, ChannelRef direct, CoachMessage dashboard, CancellationToken cancellationToken)
    {
        if (HasHome)
        {
            Record(SentKind.Home, direct, dashboard, to: user);
        }

        return Task.FromResult(HasHome);
    }

    public List<string> Forgotten { get; } = [];

    public void ForgetPerson(string userId) => Forgotten.Add(userId);

    public Task<PlatformRole> RoleAsync(ChatUser user, CancellationToken cancellationToken) =>
        Task.FromResult(Roles.GetValueOrDefault(user.Id, PlatformRole.Admin));

    /// <summary>How many of the next channel posts fail, as a platform that is down would.</summary>
    public int FailNextPosts { get; set; }

    public IReadOnlyList<Sent> Sent
    {
        get
        {
            lock (_lock)
            {
                return [.. _sent];
            }
        }
    }

    public Task<MessageRef> PostAsync(ChannelRef channel, CoachMessage message, CancellationToken cancellationToken)
    {
        lock (_lock)
        {
            if (FailNextPosts > 0)
            {
                FailNextPosts--;
                throw new HttpRequestException("platform unavailable (test)");
            }
        }

        return Task.FromResult(Record(SentKind.Post, channel, message));
    }

    public Task<MessageRef> ReplyInThreadAsync(ChannelRef channel, MessageRef thread, CoachMessage message, CancellationToken cancellationToken) =>
        Task.FromResult(Record(SentKind.ThreadReply, channel, message, thread: thread));

    public Task<MessageRef?> SendPrivateAsync(PrivateReply reply, CoachMessage message, CancellationToken cancellationToken) =>
        Task.FromResult<MessageRef?>(Record(SentKind.Private, reply.Channel, message, reply.Thread, reply.User));

    public Task<ChannelRef> OpenDirectAsync(ChatUser user, ChannelRef seenIn, CancellationToken cancellationToken) =>
        Task.FromResult(new ChannelRef(name, $"D-{user.Id}", IsDirect: true));

    public Task UpdateAsync(ChannelRef channel, MessageRef message, CoachMessage replacement, CancellationToken cancellationToken)
    {
        Record(SentKind.Update, channel, replacement, updated: message);
        return Task.CompletedTask;
    }

    private MessageRef Record(SentKind kind, ChannelRef channel, CoachMessage message, MessageRef? thread = null, ChatUser? to = null, MessageRef? updated = null)
    {
        lock (_lock)
        {
            var reference = updated ?? new MessageRef($"m{_sent.Count + 1}");
            _sent.Add(new Sent(kind, channel, message, reference, thread, to));
            return reference;
        }
    }
}

internal enum SentKind
{
    Post,
    ThreadReply,
    Private,
    Update,

    /// <summary>Published to the person's own page (Slack's Home tab).</summary>
    Home,
}

/// <summary>One message Coach sent, as the platform saw it.</summary>
internal sealed record Sent(SentKind Kind, ChannelRef Channel, CoachMessage Message, MessageRef Reference, MessageRef? Thread, ChatUser? To);
