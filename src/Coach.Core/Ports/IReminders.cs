using Coach.Core.Learning;

namespace Coach.Core.Ports;

/// <summary>The reminders people asked for, one per person.</summary>
public interface IReminders
{
    Task<Reminder?> FindAsync(string platform, string userId, CancellationToken cancellationToken);

    Task<IReadOnlyList<Reminder>> ListAsync(CancellationToken cancellationToken);

    /// <summary>Sets the person's reminder, replacing any they had.</summary>
    Task SaveAsync(Reminder reminder, CancellationToken cancellationToken);

    /// <returns>Whether there was one.</returns>
    Task<bool> ClearAsync(string platform, string userId, CancellationToken cancellationToken);
}
