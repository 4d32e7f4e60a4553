namespace Coach.Core.App;

/// <summary>Bots, Coach included, never trigger anything: no loops, no answering other bots.</summary>
internal sealed class IgnoreBotMessages : ITurnFilter
{
    public bool Accepts(Turn turn) => !turn.User.IsBot;
}
