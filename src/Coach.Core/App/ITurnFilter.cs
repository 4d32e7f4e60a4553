namespace Coach.Core.App;

/// <summary>Runs before routing; a turn it refuses reaches no handler at all.</summary>
public interface ITurnFilter
{
    bool Accepts(Turn turn);
}
