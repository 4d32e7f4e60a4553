using Coach.Core.Ports;
using Coach.QuestionBank.Content;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace Coach.QuestionBank;

public static class QuestionBankServiceCollectionExtensions
{
    /// <summary>
    /// Adds the question bank: decks read from <c>Coach:Content:Path</c> at start-up and re-read
    /// when they change, served as <see cref="IQuestionBank"/>, searched as <see cref="IQuestionSearch"/>
    /// and graded against as <see cref="IAnswerGrader"/>.
    /// </summary>
    public static IServiceCollection AddQuestionBank(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<ContentOptions>().Bind(configuration.GetSection(ContentOptions.Section))
            .Validate(options => !string.IsNullOrWhiteSpace(options.Path), "Coach:Content:Path must name the folder of decks.")
            .ValidateOnStart();
        services.AddSingleton<LiveQuestionBank>();
        services.AddSingleton<IQuestionBank>(sp => sp.GetRequiredService<LiveQuestionBank>());
        services.AddSingleton<IQuestionSearch>(sp => sp.GetRequiredService<LiveQuestionBank>());
        services.AddSingleton<IAnswerGrader>(sp => sp.GetRequiredService<LiveQuestionBank>());
        services.AddHostedService<ContentWatcher>();
        services.TryAddSingleton(TimeProvider.System);
        return services;
    }
}
