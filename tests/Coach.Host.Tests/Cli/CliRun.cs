using Coach.Host.Cli;

namespace Coach.Host.Tests.Cli;

/// <summary>One in-process run of a CLI verb, with its streams captured.</summary>
internal sealed record CliRun(int ExitCode, string Stdout, string Stderr)
{
    public string[] Lines => Stdout.Split('\n', StringSplitOptions.RemoveEmptyEntries);

    public static async Task<CliRun> RunAsync(string stdin, params string[] args)
    {
        using var input = new StringReader(stdin);
        using var stdout = new StringWriter();
        using var stderr = new StringWriter();
        var exit = await CommandLine.RunAsync(args, input, stdout, stderr, CancellationToken.None);
        return new CliRun(exit, stdout.ToString(), stderr.ToString());
    }
}
