using Coach.QuestionBank.Content;
using Coach.QuestionBank.Grading;
using Coach.QuestionBank.Search;
using Coach.QuestionBank.Semantic;
using Coach.Tests;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;

namespace Coach.QuestionBank.Tests.Semantic;

/// <summary>
/// Search has its meaning signal on every start, whichever of the sentence model and the decks is
/// ready first, and again after a deck change; the index health check (part of <c>/readyz</c>) says
/// when it has it. The query is one only meaning answers: the words alone decline it.
/// </summary>
public sealed class MeaningOnEveryStartTests : IDisposable
{
    private const string OnlyMeaningAnswers = "should I terminate a compromised instance right away";

    private readonly LiveQuestionBank _bank = new(NullLogger<LiveQuestionBank>.Instance);
    private readonly QuestionVectors _vectors = new(new SentenceEmbedder());

    public void Dispose() => _bank.Dispose();

    [Fact]
    public async Task The_model_ready_before_the_decks_still_gives_search_its_meaning_once_they_are_indexed()
    {
        using var warmup = Warmup();
        await warmup.StartAsync(CancellationToken.None);
        await warmup.ExecuteTask!;
        (await MeaningAsync()).ShouldBe("ready", "the empty bank is embedded");

        _bank.Apply(await SeedAsync());

        _bank.Search(OnlyMeaningAnswers).Confident.ShouldBeFalse("the words alone decline it");
        await Eventually.HoldsAsync(() => _vectors.IsReadyFor(_bank.Questions));
        (await MeaningAsync()).ShouldBe("ready");
        Hybrid().Search(OnlyMeaningAnswers).ShouldSatisfyAllConditions(
            result => result.Confident.ShouldBeTrue(),
            result => result.Best!.Question.Id.ToString().ShouldBe("aws-security/9"));
    }

    [Fact]
    public async Task The_decks_ready_before_the_model_get_their_meaning_when_it_loads_and_again_after_a_deck_change()
    {
        _bank.Apply(await SeedAsync());
        (await MeaningAsync()).ShouldBe("building");
        using var warmup = Warmup();

        await warmup.StartAsync(CancellationToken.None);
        await warmup.ExecuteTask!;

        (await MeaningAsync()).ShouldBe("ready");
        Hybrid().Search(OnlyMeaningAnswers).Confident.ShouldBeTrue();

        var before = _bank.Questions;
        _bank.Apply(await SeedAsync());
        _bank.Questions.ShouldNotBeSameAs(before, "a new version of the bank is served");
        await Eventually.HoldsAsync(() => _vectors.IsReadyFor(_bank.Questions));
        Hybrid().Search(OnlyMeaningAnswers).Confident.ShouldBeTrue();
    }

    [Fact]
    public async Task With_search_by_meaning_off_the_health_check_says_so()
    {
        _bank.Apply(await SeedAsync());
        var check = new IndexHealthCheck(_bank, _vectors, Options.Create(new SearchOptions { Semantic = false }));
        (await check.CheckHealthAsync(new HealthCheckContext())).Description.ShouldBe("20 questions indexed; search by meaning: off");
    }

    private EmbeddingWarmup Warmup() => new(
        new SentenceEmbedder(), _vectors, _bank, Options.Create(new GradingOptions()), Options.Create(new SearchOptions()), NullLogger<EmbeddingWarmup>.Instance);

    private HybridSearch Hybrid() => new(_bank, _vectors);

    private async Task<string> MeaningAsync() =>
        (string)(await new IndexHealthCheck(_bank, _vectors, Options.Create(new SearchOptions())).CheckHealthAsync(new HealthCheckContext())).Data["meaning"];

    private static async Task<ContentSnapshot> SeedAsync() => new(
        [await ContentReader.ReadDeckAsync(RepositoryPaths.SeedDeck, CancellationToken.None)],
        await ContentReader.ReadSynonymsAsync(Path.Combine(RepositoryPaths.Content, "synonyms.txt"), CancellationToken.None));
}
