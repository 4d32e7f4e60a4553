namespace Coach.Teams.Connector;

/// <summary>The bearer token Coach sends with every connector call, cached by whoever issues it.</summary>
internal interface IConnectorTokens
{
    /// <returns>The token, or null when there is none to send (a local tool without authentication).</returns>
    Task<string?> GetAsync(CancellationToken cancellationToken);
}
