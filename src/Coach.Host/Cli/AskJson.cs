using System.Text.Json;
using System.Text.Json.Serialization;
using Coach.Core.Questions;

namespace Coach.Host.Cli;

/// <summary>The one-line JSON form of a search, for scripts and query sets.</summary>
internal sealed record AskJson(string Query, bool Confident, IReadOnlyList<AskJson.Match> Matches, string? Corrected)
{
    public static readonly JsonSerializerOptions Options = new(JsonSerializerDefaults.Web)
    {
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
    };

    public static AskJson From(SearchResult result) => new(
        result.Query,
        result.Confident,
        result.Matches.Select(m => new Match(m.Question.Id.ToString(), m.Question.Title, m.Question.Topic, Math.Round(m.Score, 3))).ToList(),
        result.CorrectedQuery);

    internal sealed record Match(string Id, string Title, string Topic, double Score);
}
