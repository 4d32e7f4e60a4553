using System.Diagnostics;
using System.Text.Json;
using Coach.Tests;

namespace Coach.Host.Tests.Cli;

/// <summary>The built <c>coach</c> executable, run as a separate process the way scripts run it.</summary>
public sealed class ExecutableTests
{
    [Fact]
    public async Task Ask_json_writes_only_json_to_stdout_and_warnings_to_stderr()
    {
        using var folder = new TempFolder();
        File.Copy(RepositoryPaths.SeedDeck, Path.Combine(folder.Path, "aws-security.md"));
        folder.Write("broken.md", "### 1. No topic\n");

        var (exit, stdout, stderr) = await RunAsync(folder.Path, "--content", folder.Path, "ask", "--json", "what is macie");

        exit.ShouldBe(0);
        var line = stdout.TrimEnd('\n').ShouldNotBeNull();
        line.ShouldNotContain('\n');
        JsonDocument.Parse(line).RootElement.GetProperty("matches")[0].GetProperty("id").GetString().ShouldBe("aws-security/19");
        stderr.ShouldContain("question outside a topic");
    }

    [Fact]
    public async Task An_empty_query_exits_2_with_usage_on_stderr()
    {
        var (exit, stdout, stderr) = await RunAsync(RepositoryPaths.Root, "ask");

        exit.ShouldBe(2);
        stdout.ShouldBeEmpty();
        stderr.ShouldContain("coach ask");
    }

    [Fact]
    public async Task Without_content_it_reads_the_configured_folder_from_the_working_directory()
    {
        var (exit, stdout, _) = await RunAsync(RepositoryPaths.Root, "list");
        exit.ShouldBe(0);
        var shipped = await Coach.QuestionBank.Content.ContentReader.ReadAsync(RepositoryPaths.Content, CancellationToken.None);
        stdout.Split('\n', StringSplitOptions.RemoveEmptyEntries).Length.ShouldBe(shipped.Decks.Sum(deck => deck.Questions.Count));
    }

    [Theory]
    [InlineData("imprt")]
    [InlineData("foo")]
    public async Task An_unknown_verb_prints_the_usage_and_exits_2_without_starting_the_service(string verb)
    {
        // Were the service started, it would serve until the one-minute timeout and fail the test there.
        var (exit, stdout, stderr) = await RunAsync(RepositoryPaths.Root, verb, "notes.csv");

        exit.ShouldBe(2);
        stdout.ShouldBeEmpty();
        stderr.ShouldContain($"unknown verb '{verb}'");
        stderr.ShouldContain("import FILE --deck ID");
        stderr.ShouldNotContain("Now listening");
    }

    /// <summary>
    /// <c>coach ask</c> is the service's <c>/ask</c>: words, then meaning, so a query only meaning
    /// answers is answered here too; <c>Coach:Search:Semantic=false</c> switches both to words alone.
    /// </summary>
    [Fact]
    public async Task Ask_uses_the_services_engine_and_the_same_setting_switches_meaning_off()
    {
        const string OnlyMeaningAnswers = "should I terminate a compromised instance right away";

        var (_, withMeaning, _) = await RunAsync(RepositoryPaths.Root, "--content", RepositoryPaths.SeedDeck, "ask", "--json", OnlyMeaningAnswers);
        var (_, wordsAlone, _) = await RunWithAsync(new() { ["Coach__Search__Semantic"] = "false" }, RepositoryPaths.Root, "--content", RepositoryPaths.SeedDeck, "ask", "--json", OnlyMeaningAnswers);

        var answer = JsonDocument.Parse(withMeaning).RootElement;
        answer.GetProperty("confident").GetBoolean().ShouldBeTrue();
        answer.GetProperty("matches")[0].GetProperty("id").GetString().ShouldBe("aws-security/9");
        JsonDocument.Parse(wordsAlone).RootElement.GetProperty("confident").GetBoolean().ShouldBeFalse();
    }

    private static Task<(int Exit, string Stdout, string Stderr)> RunAsync(string workingDirectory, params string[] args) =>
        RunWithAsync([], workingDirectory, args);

    private static async Task<(int Exit, string Stdout, string Stderr)> RunWithAsync(Dictionary<string, string> environment, string workingDirectory, params string[] args)
    {
        var start = new ProcessStartInfo("dotnet")
        {
            WorkingDirectory = workingDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            RedirectStandardInput = true,
        };
        foreach (var (name, value) in environment)
        {
            start.Environment[name] = value;
        }

        start.ArgumentList.Add(HostAssembly());
        foreach (var arg in args)
        {
            start.ArgumentList.Add(arg);
        }

        using var process = Process.Start(start)!;
        process.StandardInput.Close();
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(1));
        await process.WaitForExitAsync(timeout.Token);
        return (process.ExitCode, await stdout, await stderr);
    }

    // The test's own build configuration and framework, in the host project's output.
    private static string HostAssembly()
    {
        var framework = new DirectoryInfo(AppContext.BaseDirectory.TrimEnd('/'));
        var configuration = framework.Parent!.Name;
        return Path.Combine(RepositoryPaths.Root, "src", "Coach.Host", "bin", configuration, framework.Name, "coach.dll");
    }
}
