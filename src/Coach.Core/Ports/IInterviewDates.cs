using Coach.Core.Learning;

namespace Coach.Core.Ports;

/// <summary>Each person's interview date, if they told Coach.</summary>
public interface IInterviewDates
{
    Task<InterviewDate?> FindAsync(string platform, string userId, CancellationToken cancellationToken);

    Task SaveAsync(string platform, string userId, InterviewDate interview, CancellationToken cancellationToken);

    Task ClearAsync(string platform, string userId, CancellationToken cancellationToken);
}
