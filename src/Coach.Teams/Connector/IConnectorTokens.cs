namespace Coach.Teams.Connector;

/// <summary>The bearer token Coach sends with every connector call, cached by whoever issues it.</summary>
internal interface IConnectorTokens
{
    Task<string> GetAsync(CancellationToken cancellationToken);
}
