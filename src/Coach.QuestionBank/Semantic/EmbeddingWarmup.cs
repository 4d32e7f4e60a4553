using System.Diagnostics;
using Coach.QuestionBank.Grading;
using Coach.QuestionBank.Search;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Coach.QuestionBank.Semantic;

/// <summary>
/// Loads the sentence model in the background as the host starts, so that start-up does not wait
/// for it and the first graded answer rarely does; then embeds the questions for search, and again
/// after every deck change, whichever of the model and the decks is ready first. Until the vectors
/// of the served version are built, search runs on words alone and <c>/readyz</c> says so.
/// </summary>
internal sealed partial class EmbeddingWarmup(
    SentenceEmbedder embedder,
    QuestionVectors vectors,
    LiveQuestionBank bank,
    IOptions<GradingOptions> grading,
    IOptions<SearchOptions> search,
    ILogger<EmbeddingWarmup> logger) : BackgroundService
{
    private volatile bool _loaded;

    protected override Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (!grading.Value.Semantic && !search.Value.Semantic)
        {
            return Task.CompletedTask;
        }

        if (search.Value.Semantic)
        {
            // Subscribed before the model loads, so a deck change at any moment is built for:
            // before the load the build below takes the bank as it is then, after it this does.
            bank.Changed += questions =>
            {
                if (_loaded)
                {
                    vectors.BuildInBackground(questions);
                }
            };
        }

        return Task.Run(
            () =>
            {
                var clock = Stopwatch.StartNew();
                if (embedder.TryEmbed(["warm up"], out _, stoppingToken))
                {
                    LogLoaded(clock.ElapsedMilliseconds);
                    _loaded = true;
                    if (search.Value.Semantic)
                    {
                        vectors.Build(bank.Questions);
                        LogMeaningReady(bank.Questions.Count, clock.ElapsedMilliseconds);
                    }
                }
                else
                {
                    vectors.Unavailable = true;
                    LogUnavailable();
                }
            },
            stoppingToken);
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Search by meaning ready: {Questions} questions embedded, {Milliseconds} ms after start")]
    private partial void LogMeaningReady(int questions, long milliseconds);

    [LoggerMessage(Level = LogLevel.Information, Message = "Sentence model loaded in {Milliseconds} ms")]
    private partial void LogLoaded(long milliseconds);

    [LoggerMessage(Level = LogLevel.Error, Message = "Sentence model could not be loaded on this machine; grading and search use words alone (Coach:Grading:Semantic=false and Coach:Search:Semantic=false silence this)")]
    private partial void LogUnavailable();
}
