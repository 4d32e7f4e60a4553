using System.IO.Compression;
using Coach.Tests;

namespace Coach.Host.Tests.Cli;

public sealed class TeamsPackageVerbTests
{
    [Fact]
    public async Task Teams_package_writes_the_zip_and_prints_where()
    {
        using var folder = new TempFolder();
        var output = Path.Combine(folder.Path, "coach-teams.zip");

        var run = await CliRun.RunAsync("", "teams-package", "9b1f3f6c-4a0e-4c3e-9a55-2f1d8c0b7e21", "--from", Path.Combine(RepositoryPaths.Root, "infra", "teams"), "--out", output);

        run.ExitCode.ShouldBe(0);
        run.Lines.ShouldBe([output]);
        using var zip = ZipFile.OpenRead(output);
        zip.Entries.Count.ShouldBe(3);
    }

    [Fact]
    public async Task A_bad_app_id_says_why_and_writes_nothing()
    {
        using var folder = new TempFolder();
        var output = Path.Combine(folder.Path, "coach-teams.zip");

        var run = await CliRun.RunAsync("", "teams-package", "my-bot", "--from", Path.Combine(RepositoryPaths.Root, "infra", "teams"), "--out", output);

        run.ExitCode.ShouldBe(1);
        File.Exists(output).ShouldBeFalse();
        run.Stderr.ShouldContain("the app id must be the bot's Microsoft App ID, a GUID");
    }
}
