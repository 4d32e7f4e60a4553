namespace Coach.Teams.Auth;

/// <summary>
/// The hosts Coach may send its Bot Framework token to: Teams' own service URLs, and those listed
/// in <c>Coach:Teams:AllowedServiceUrls</c>. An activity that names any other serviceUrl is
/// refused whatever else is true of it, so a forged or misrouted activity can never make Coach
/// hand its token to a stranger.
/// </summary>
internal sealed class ServiceUrlPolicy(IEnumerable<Uri> extra)
{
    private static readonly string[] TeamsDomains = [".botframework.com", ".teams.microsoft.com"];

    private readonly Uri[] _extra = [.. extra];

    public bool Allows(Uri serviceUrl) =>
        (serviceUrl.Scheme == Uri.UriSchemeHttps && TeamsDomains.Any(domain => serviceUrl.Host.EndsWith(domain, StringComparison.OrdinalIgnoreCase)))
        || _extra.Any(allowed => SameOrigin(allowed, serviceUrl) && serviceUrl.AbsolutePath.StartsWith(allowed.AbsolutePath, StringComparison.Ordinal));

    public bool Allows(string? serviceUrl) => Uri.TryCreate(serviceUrl, UriKind.Absolute, out var uri) && Allows(uri);

    private static bool SameOrigin(Uri a, Uri b) =>
        a.Scheme == b.Scheme && string.Equals(a.Host, b.Host, StringComparison.OrdinalIgnoreCase) && a.Port == b.Port;
}
