using Coach.Core.Ports;
using Coach.Tests;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace Coach.QuestionBank.Tests.Content;

/// <summary>The running service picks up deck edits from real files, and survives bad ones.</summary>
public sealed class ContentWatcherTests : IAsyncLifetime, IDisposable
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(20);
    private readonly TempFolder _folder = new();
    private IHost? _host;

    private IQuestionSearch Search => _host!.Services.GetRequiredService<IQuestionSearch>();

    public async Task InitializeAsync()
    {
        _folder.Write("ops.md", "## Ops\n\n### 1. What is a runbook?\nWritten steps for an operation.\n");
        var builder = Host.CreateApplicationBuilder(new HostApplicationBuilderSettings { ContentRootPath = _folder.Path });
        builder.Configuration["Coach:Content:Path"] = ".";
        builder.Services.AddQuestionBank(builder.Configuration);
        _host = builder.Build();
        await _host.StartAsync();
    }

    [Fact]
    public void Decks_are_indexed_before_the_host_has_started()
    {
        Search.Search("runbook").Best!.Question.Id.ToString().ShouldBe("ops/1");
    }

    [Fact]
    public async Task An_edited_deck_is_served_without_a_restart_and_a_broken_edit_changes_nothing()
    {
        _folder.Write("ops.md", "## Ops\n\n### 1. What is a runbook?\nWritten steps.\n\n### 2. What is a postmortem?\nA blameless review.\n");
        await EventuallyAsync(() => Search.Search("postmortem").Best?.Question.Id.ToString() == "ops/2");

        _folder.Write("ops.md", "### 3. No topic, no answer\n");
        _folder.Write("more.md", "## More\n\n### 1. What is toil?\nRepetitive manual work.\n");
        await EventuallyAsync(() => Search.Search("toil").Best is not null);
        Search.Search("postmortem").Best!.Question.Id.ToString().ShouldBe("ops/2");
    }

    public async Task DisposeAsync()
    {
        await _host!.StopAsync();
        _host.Dispose();
    }

    public void Dispose() => _folder.Dispose();

    // File events arrive when the OS delivers them; wait for the outcome, bounded.
    private static async Task EventuallyAsync(Func<bool> condition)
    {
        using var timeout = new CancellationTokenSource(Patience);
        while (!condition())
        {
            await Task.Delay(50, timeout.Token);
        }
    }
}
