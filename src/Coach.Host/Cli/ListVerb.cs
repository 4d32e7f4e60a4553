using Coach.Core.Ports;

namespace Coach.Host.Cli;

/// <summary><c>coach list [--topic T]</c>: ids and titles; the topic matches any part of its name, any case.</summary>
internal static class ListVerb
{
    public static async Task<int> RunAsync(CliArguments arguments, IQuestionBank bank, TextWriter stdout, TextWriter stderr)
    {
        var topic = arguments.Option("--topic");
        var questions = bank.Questions
            .Where(q => topic is null || q.Topic.Contains(topic, StringComparison.OrdinalIgnoreCase))
            .ToList();
        if (questions.Count == 0 && topic is not null)
        {
            var topics = bank.Questions.Select(q => q.Topic).Distinct();
            await stderr.WriteLineAsync($"coach list: no topic matches \"{topic}\". Topics: {string.Join(", ", topics)}");
            return 1;
        }

        foreach (var question in questions)
        {
            await stdout.WriteLineAsync($"{question.Id}\t{question.Topic}\t{question.Title}");
        }

        return 0;
    }
}
