using System.Diagnostics;
using Coach.QuestionBank.Grading;
using Coach.QuestionBank.Search;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Coach.QuestionBank.Semantic;

/// <summary>
/// Loads the sentence model in the background as the host starts, so that start-up does not wait
/// for it and the first graded answer rarely does; then embeds the questions for search.
/// </summary>
internal sealed partial class EmbeddingWarmup(
    SentenceEmbedder embedder,
    QuestionVectors vectors,
    LiveQuestionBank bank,
    IOptions<GradingOptions> grading,
    IOptions<SearchOptions> search,
    ILogger<EmbeddingWarmup> logger) : BackgroundService
{
    protected override Task ExecuteAsync(CancellationToken stoppingToken) => !grading.Value.Semantic && !search.Value.Semantic ? Task.CompletedTask : Task.Run(
        () =>
        {
            var clock = Stopwatch.StartNew();
            if (embedder.TryEmbed(["warm up"], out _, stoppingToken))
            {
                LogLoaded(clock.ElapsedMilliseconds);
                if (search.Value.Semantic)
                {
                    vectors.Build(bank.Questions);
                }
            }
            else
            {
                LogUnavailable();
            }
        },
        stoppingToken);

    [LoggerMessage(Level = LogLevel.Information, Message = "Sentence model loaded in {Milliseconds} ms")]
    private partial void LogLoaded(long milliseconds);

    [LoggerMessage(Level = LogLevel.Error, Message = "Sentence model could not be loaded on this machine; grading and search use words alone (Coach:Grading:Semantic=false and Coach:Search:Semantic=false silence this)")]
    private partial void LogUnavailable();
}
