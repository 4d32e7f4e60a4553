using Coach.Core.Ports;
using Coach.Core.Telemetry;
using Coach.QuestionBank.Content;
using Coach.QuestionBank.Grading;
using Coach.QuestionBank.Search;
using Coach.QuestionBank.Semantic;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace Coach.QuestionBank;

public static class QuestionBankServiceCollectionExtensions
{
    /// <summary>
    /// Adds the question bank: decks read from <c>Coach:Content:Path</c> at start-up and re-read
    /// when they change, served as <see cref="IQuestionBank"/>, searched as <see cref="IQuestionSearch"/>
    /// (by words, and by meaning when the words are not enough, unless <c>Coach:Search:Semantic</c> is false)
    /// and graded against as <see cref="IAnswerGrader"/> (by words and, unless
    /// <c>Coach:Grading:Semantic</c> is false, by meaning, with a sentence model loaded in the background).
    /// </summary>
    public static IServiceCollection AddQuestionBank(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<ContentOptions>().Bind(configuration.GetSection(ContentOptions.Section))
            .Validate(options => !string.IsNullOrWhiteSpace(options.Path), "Coach:Content:Path must name the folder of decks.")
            .ValidateOnStart();
        services.AddSingleton<LiveQuestionBank>();
        services.AddSingleton<IQuestionBank>(sp => sp.GetRequiredService<LiveQuestionBank>());
        services.AddOptions<GradingOptions>().Bind(configuration.GetSection(GradingOptions.Section));
        services.AddSingleton<SentenceEmbedder>();
        services.AddOptions<SearchOptions>().Bind(configuration.GetSection(SearchOptions.Section));
        services.AddSingleton<QuestionVectors>();
        services.AddSingleton<HybridSearch>();
        services.AddSingleton<IQuestionSearch>(sp => sp.GetRequiredService<IOptions<SearchOptions>>().Value.Semantic
            ? sp.GetRequiredService<HybridSearch>()
            : sp.GetRequiredService<LiveQuestionBank>());
        services.AddSingleton<CombinedGrader>();
        services.AddSingleton<IAnswerGrader>(sp => sp.GetRequiredService<IOptions<GradingOptions>>().Value.Semantic
            ? sp.GetRequiredService<CombinedGrader>()
            : sp.GetRequiredService<LiveQuestionBank>());
        services.AddHostedService<EmbeddingWarmup>();
        services.AddHealthChecks().AddCheck<IndexHealthCheck>("index", tags: [Readiness.Tag]);
        services.AddHostedService<ContentWatcher>();
        services.TryAddSingleton(TimeProvider.System);
        return services;
    }
}
