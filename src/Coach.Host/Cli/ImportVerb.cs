using System.Text.RegularExpressions;
using Coach.QuestionBank.Import;

namespace Coach.Host.Cli;

/// <summary>
/// <c>coach import FILE --deck ID [--topic T] [--replace] [--format csv|anki|quizlet] [--title T]</c>:
/// a CSV, Anki or Quizlet export as <c>content/ID.md</c>. Every problem is printed as
/// <c>file:line: message</c> and nothing is written; an existing deck is only replaced with <c>--replace</c>.
/// </summary>
internal static partial class ImportVerb
{
    public static async Task<int> RunAsync(CliArguments arguments, string contentPath, TextWriter stdout, TextWriter stderr, CancellationToken cancellationToken)
    {
        if (arguments.Words.Count != 1 || arguments.Option("--deck") is not { } deckId)
        {
            await stderr.WriteLineAsync($"coach import: needs a file and --deck ID\n{CommandLine.Usage}");
            return 2;
        }

        if (!DeckIdPattern().IsMatch(deckId))
        {
            await stderr.WriteLineAsync($"coach import: deck id '{deckId}' must be lower-case letters, digits and dashes, e.g. team-notes");
            return 2;
        }

        ImportFormat? chosen = null;
        if (arguments.Option("--format") is { } formatName)
        {
            if (!ImportFormats.TryParse(formatName, out var parsed))
            {
                await stderr.WriteLineAsync($"coach import: unknown --format '{formatName}': use csv, anki or quizlet");
                return 2;
            }

            chosen = parsed;
        }

        var file = arguments.Words[0];
        if (!File.Exists(file))
        {
            await stderr.WriteLineAsync($"{file}:0: no such file");
            return 1;
        }

        var target = Path.Combine(contentPath, deckId + ".md");
        var replace = arguments.Has("--replace");
        if (File.Exists(target) && !replace)
        {
            await stderr.WriteLineAsync($"coach import: {target} exists: pass --replace to overwrite it");
            return 1;
        }

        var text = await File.ReadAllTextAsync(file, cancellationToken);
        var format = chosen ?? ImportFormats.Detect(text);
        var title = arguments.Option("--title") ?? Title(deckId);
        var result = DeckImport.Run(text, file, format, deckId, title, arguments.Option("--topic"));
        if (!result.Succeeded)
        {
            foreach (var problem in result.Problems)
            {
                await stderr.WriteLineAsync(problem.ToString());
            }

            await stderr.WriteLineAsync($"{result.Problems.Count} problem(s): nothing written");
            return 1;
        }

        try
        {
            await WriteAsync(target, result.Markdown, replace, cancellationToken);
        }
        catch (IOException ex)
        {
            await stderr.WriteLineAsync($"coach import: could not write {target}: {ex.Message}");
            return 1;
        }

        var topics = result.Cards.GroupBy(card => card.Topic).Select(topic => $"{topic.Key} {topic.Count()}");
        await stdout.WriteLineAsync($"imported {result.Cards.Count} question(s) from {file} ({format.ToString().ToLowerInvariant()}) into {target} as {deckId}/1…{deckId}/{result.Cards.Count}: {string.Join(", ", topics)}");
        return 0;
    }

    // Written next to the deck under a name the content watcher does not read, then moved into
    // place, so a running service never sees half a deck.
    private static async Task WriteAsync(string target, string markdown, bool replace, CancellationToken cancellationToken)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(target))!);
        var temporary = Path.Combine(Path.GetDirectoryName(Path.GetFullPath(target))!, $".{Path.GetFileName(target)}.{Environment.ProcessId}.import");
        try
        {
            await File.WriteAllTextAsync(temporary, markdown, cancellationToken);
            File.Move(temporary, target, overwrite: replace);
        }
        finally
        {
            File.Delete(temporary);
        }
    }

    private static string Title(string deckId) =>
        string.Join(' ', deckId.Split('-', StringSplitOptions.RemoveEmptyEntries).Select(word => char.ToUpperInvariant(word[0]) + word[1..]));

    [GeneratedRegex("^[a-z0-9][a-z0-9-]*$")]
    private static partial Regex DeckIdPattern();
}
