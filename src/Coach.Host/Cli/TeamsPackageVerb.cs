using Coach.Teams.Package;

namespace Coach.Host.Cli;

/// <summary><c>teams-package APP_ID</c>: builds <c>coach-teams.zip</c> to upload to Teams.</summary>
internal static class TeamsPackageVerb
{
    public static async Task<int> RunAsync(CliArguments arguments, TextWriter stdout, TextWriter stderr, CancellationToken cancellationToken)
    {
        if (arguments.Words.Count != 1)
        {
            await stderr.WriteLineAsync($"coach: teams-package needs the bot's app id\n{CommandLine.Usage}");
            return 2;
        }

        var from = arguments.Option("--from") ?? Path.Combine("infra", "teams");
        var output = Path.GetFullPath(arguments.Option("--out") ?? "coach-teams.zip");
        using var zip = new MemoryStream();
        var problems = await TeamsAppPackage.BuildAsync(from, arguments.Words[0], zip, cancellationToken);
        if (problems.Count > 0)
        {
            foreach (var problem in problems)
            {
                await stderr.WriteLineAsync($"teams-package: {problem}");
            }

            return 1;
        }

        await File.WriteAllBytesAsync(output, zip.ToArray(), cancellationToken);
        await stdout.WriteLineAsync(output);
        return 0;
    }
}
