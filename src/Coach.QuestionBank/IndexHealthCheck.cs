using Coach.QuestionBank.Search;
using Coach.QuestionBank.Semantic;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using Microsoft.Extensions.Options;

namespace Coach.QuestionBank;

/// <summary>
/// Ready once the decks are indexed: a Coach with no questions has nothing to post or answer. It
/// also says whether search has its meaning signal yet (<c>meaning</c>: ready, building, off or
/// unavailable); words alone still answer, so that does not make the service unready.
/// </summary>
internal sealed class IndexHealthCheck(LiveQuestionBank bank, QuestionVectors vectors, IOptions<SearchOptions> search) : IHealthCheck
{
    public Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        var questions = bank.Questions;
        var meaning = !search.Value.Semantic ? "off"
            : vectors.Unavailable ? "unavailable"
            : questions.Count > QuestionVectors.MaxQuestions ? "off (bank too large)"
            : vectors.IsReadyFor(questions) ? "ready"
            : "building";
        var data = new Dictionary<string, object> { ["questions"] = questions.Count, ["meaning"] = meaning };
        return Task.FromResult(questions.Count > 0
            ? HealthCheckResult.Healthy($"{questions.Count} questions indexed; search by meaning: {meaning}", data)
            : HealthCheckResult.Unhealthy("no questions indexed (yet): see the log for the decks' problems", data: data));
    }
}
