using Coach.Core.App;
using Coach.Core.Ports;
using Coach.QuestionBank;
using Coach.Storage;
using Coach.Tests;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Time.Testing;

namespace Coach.Core.Tests;

/// <summary>Which decks an engine loads.</summary>
internal enum EngineDecks
{
    /// <summary>The seed deck and the shipped synonyms: the 20 questions most tests were written about.</summary>
    Seed,

    /// <summary>Every deck in <c>content/</c>, as the service loads it.</summary>
    Shipped,
}

/// <summary>
/// The whole engine as the service wires it: the seed deck (or every shipped deck), a real SQLite
/// file in a folder of its own, a recording platform, and a clock the test moves. Disposing it stops the host.
/// </summary>
internal sealed class EngineHarness : IAsyncDisposable
{
    private readonly TempFolder? _ownFolder;
    private readonly IHost _host;

    private EngineHarness(DateTimeOffset start, string? folder, IReadOnlyDictionary<string, string?>? settings, EngineDecks decks)
    {
        _ownFolder = folder is null ? new TempFolder() : null;
        Folder = folder ?? _ownFolder!.Path;
        Time = new FakeTimeProvider(start);
        var builder = Host.CreateApplicationBuilder(new HostApplicationBuilderSettings { ContentRootPath = Folder, EnvironmentName = "Test" });
        builder.Configuration["Coach:Content:Path"] = decks == EngineDecks.Shipped ? RepositoryPaths.Content : SeedContent(Folder);
        builder.Configuration["Coach:Storage:ConnectionString"] = "Data Source=data/coach.db";
        builder.Configuration.AddInMemoryCollection(settings ?? new Dictionary<string, string?>());
        builder.Services
            .AddSingleton<TimeProvider>(Time)
            .AddSingleton<IChatPlatform>(Platform)
            .AddCoachStorage(builder.Configuration)
            .AddQuestionBank(builder.Configuration)
            .AddCoach(builder.Configuration);

        // Tests run the scheduler's and housekeeping's passes themselves, at the times they choose.
        foreach (var timed in builder.Services.Where(descriptor =>
            descriptor.ServiceType == typeof(IHostedService) && typeof(PeriodicService).IsAssignableFrom(descriptor.ImplementationType)).ToList())
        {
            builder.Services.Remove(timed);
        }

        builder.ConfigureContainer(new DefaultServiceProviderFactory(new ServiceProviderOptions { ValidateOnBuild = true, ValidateScopes = true }));
        _host = builder.Build();
    }

    /// <summary>The content root, holding data/coach.db; pass it to another harness to share the database.</summary>
    public string Folder { get; }

    public FakeTimeProvider Time { get; }

    public RecordingPlatform Platform { get; } = new();

    public IServiceProvider Services => _host.Services;

    public CoachApp App => Services.GetRequiredService<CoachApp>();

    /// <param name="settings">Configuration over the harness's own, e.g. <c>Coach:Admins:0</c>.</param>
    public static async Task<EngineHarness> StartAsync(DateTimeOffset? start = null, string? folder = null, IReadOnlyDictionary<string, string?>? settings = null, EngineDecks decks = EngineDecks.Seed)
    {
        var harness = new EngineHarness(start ?? new DateTimeOffset(2026, 11, 30, 8, 0, 0, TimeSpan.Zero), folder, settings, decks);
        await harness._host.StartAsync();
        return harness;
    }

    // A content folder of the seed deck and the shipped synonyms, inside the harness's own folder.
    private static string SeedContent(string folder)
    {
        var content = Path.Combine(folder, "seed-content");
        Directory.CreateDirectory(content);
        File.Copy(RepositoryPaths.SeedDeck, Path.Combine(content, "aws-security.md"), overwrite: true);
        File.Copy(Path.Combine(RepositoryPaths.Content, "synonyms.txt"), Path.Combine(content, "synonyms.txt"), overwrite: true);
        return content;
    }

    public ConversationFlow Flow(ChannelRef? channel = null) => new(App, Platform, channel: channel);

    public T Get<T>()
        where T : notnull => Services.GetRequiredService<T>();

    public async ValueTask DisposeAsync()
    {
        await _host.StopAsync();
        _host.Dispose();
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        _ownFolder?.Dispose();
    }
}
