using System.Text.Json;
using Coach.Core.Ports;

namespace Coach.Host.Cli;

/// <summary><c>coach ask "what is macie"</c>: the best question and its model answer, or suggestions.</summary>
internal static class AskVerb
{
    private const int JsonMatches = 5;

    public static async Task<int> RunAsync(
        CliArguments arguments, IQuestionSearch search, TextReader stdin, TextWriter stdout, TextWriter stderr, CancellationToken cancellationToken)
    {
        var json = arguments.Has("--json");
        if (arguments.Has("--stdin"))
        {
            while (await stdin.ReadLineAsync(cancellationToken) is { } line)
            {
                await WriteAsync(search, line, json, stdout);
            }

            return 0;
        }

        var text = string.Join(' ', arguments.Words).Trim();
        if (text.Length == 0)
        {
            await stderr.WriteLineAsync("coach ask: what should I look up? e.g. coach ask \"what is macie\"");
            return 2;
        }

        await WriteAsync(search, text, json, stdout);
        return 0;
    }

    private static async Task WriteAsync(IQuestionSearch search, string text, bool json, TextWriter stdout)
    {
        var result = search.Search(text, JsonMatches);
        if (json)
        {
            await stdout.WriteLineAsync(JsonSerializer.Serialize(AskJson.From(result), AskJson.Options));
            return;
        }

        await stdout.WriteAsync(AskText.Render(result, result.Confident ? search.Related(result.Best!.Question.Id) : []));
    }
}
