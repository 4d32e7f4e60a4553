using Coach.Core.Learning;

namespace Coach.Core.Ports;

/// <summary>Where each person keeps their dashboard, once they have opened or asked for it.</summary>
public interface IDashboards
{
    Task<DashboardPlace?> FindAsync(string platform, string userId, CancellationToken cancellationToken);

    Task SaveAsync(string platform, string userId, DashboardPlace place, CancellationToken cancellationToken);
}
