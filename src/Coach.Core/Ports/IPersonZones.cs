using Coach.Core.Learning;

namespace Coach.Core.Ports;

/// <summary>Each person's time zone as their platform last gave it.</summary>
public interface IPersonZones
{
    Task<PersonZone?> FindAsync(string platform, string userId, CancellationToken cancellationToken);

    Task SaveAsync(string platform, string userId, PersonZone zone, CancellationToken cancellationToken);
}
