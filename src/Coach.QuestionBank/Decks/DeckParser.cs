using System.Globalization;
using Coach.Core.Questions;
using Markdig;
using Markdig.Extensions.Yaml;
using Markdig.Syntax;

namespace Coach.QuestionBank.Decks;

/// <summary>
/// Reads a deck: <c>## Topic</c> sections holding <c>### N. Question</c> headings, each followed
/// by its model answer. Works on Markdig's syntax tree, so code blocks, lists and emphasis in an
/// answer are understood as Markdown, not matched as raw text.
/// </summary>
public static class DeckParser
{
    // Without the front-matter extension, a YAML header followed by "---" reads as a setext heading.
    private static readonly MarkdownPipeline Pipeline = new MarkdownPipelineBuilder().UseYamlFrontMatter().Build();

    public static Deck Parse(string deckId, string path, string markdown)
    {
        var document = Markdown.Parse(markdown, Pipeline);
        var state = new ParseState(deckId, path, markdown);
        foreach (var block in document)
        {
            state.Accept(block);
        }

        return state.Finish();
    }

    private sealed class ParseState(string deckId, string path, string markdown)
    {
        private readonly List<Question> _questions = [];
        private readonly List<DeckProblem> _problems = [];
        private readonly Dictionary<int, int> _lineOfNumber = [];
        private string? _title;
        private string? _topic;
        private OpenQuestion? _open;

        public void Accept(Block block)
        {
            switch (block)
            {
                case YamlFrontMatterBlock frontMatter:
                    _title ??= FrontMatterTitle(frontMatter);
                    break;
                case HeadingBlock { Level: <= 3 } heading:
                    Close();
                    StartSection(heading);
                    break;
                case ParagraphBlock paragraph when _open is { Answer.Count: 0, Metadata: null } open && MetadataLines.Starts(LinesOf(paragraph)[0]):
                    open.Metadata = MetadataLines.Read(LinesOf(paragraph), paragraph.Line + 1, path, open.Problems);
                    break;
                default:
                    _open?.Answer.Add(block);
                    break;
            }
        }

        public Deck Finish()
        {
            Close();
            return new Deck(deckId, _title ?? deckId, path, _questions, _problems);
        }

        private void StartSection(HeadingBlock heading)
        {
            var text = PlainText.Of(heading.Inline).Replace('\n', ' ');
            var line = heading.Line + 1;
            switch (heading.Level)
            {
                case 1:
                    _title ??= text;
                    break;
                case 2:
                    _topic = text;
                    break;
                default:
                    _open = OpenQuestion(text, line);
                    break;
            }
        }

        private OpenQuestion OpenQuestion(string heading, int line)
        {
            var problems = new List<DeckProblem>();
            if (_topic is null)
            {
                problems.Add(new DeckProblem(path, line, "question outside a topic: put it under a '## Topic' heading"));
            }

            var (number, title) = SplitNumber(heading);
            if (number is null)
            {
                problems.Add(new DeckProblem(path, line, $"heading without a number: write '### N. {heading}'"));
            }
            else if (_lineOfNumber.TryGetValue(number.Value, out var firstLine))
            {
                problems.Add(new DeckProblem(path, line, $"duplicate number {number} (first used at line {firstLine})"));
            }
            else
            {
                _lineOfNumber[number.Value] = line;
            }

            if (number is not null && title.Length == 0)
            {
                problems.Add(new DeckProblem(path, line, $"question {number} has no text after its number"));
            }

            return new OpenQuestion(number, title, _topic ?? "", line, problems);
        }

        private void Close()
        {
            if (_open is not { } open)
            {
                return;
            }

            _open = null;
            if (open.Answer.Count == 0)
            {
                open.Problems.Add(new DeckProblem(path, open.Line, "empty answer: write the model answer below the heading"));
            }

            _problems.AddRange(open.Problems);
            if (open.Problems.Count > 0)
            {
                return;
            }

            var first = open.Answer[0].Span.Start;
            var last = open.Answer[^1].Span.End;
            var answer = markdown[first..(last + 1)].Trim();
            _questions.Add(new Question(new QuestionId(deckId, open.Number!.Value), open.Topic, open.Title, answer, KeyPoints.Of(open.Answer))
            {
                Metadata = open.Metadata ?? QuestionMetadata.None,
                AnswerText = PlainText.Of(open.Answer),
            });
        }

        private string[] LinesOf(ParagraphBlock paragraph) =>
            markdown[paragraph.Span.Start..(paragraph.Span.End + 1)].Split('\n').Select(line => line.TrimEnd('\r')).ToArray();

        private static (int? Number, string Title) SplitNumber(string heading)
        {
            var digits = 0;
            while (digits < heading.Length && char.IsAsciiDigit(heading[digits]))
            {
                digits++;
            }

            var numbered = digits > 0 && digits < heading.Length && heading[digits] is '.' or ')'
                && (digits + 1 == heading.Length || char.IsWhiteSpace(heading[digits + 1]));
            if (!numbered || !int.TryParse(heading.AsSpan(0, digits), NumberStyles.None, CultureInfo.InvariantCulture, out var number) || number == 0)
            {
                return (null, heading);
            }

            return (number, heading[(digits + 1)..].Trim());
        }

        private static string? FrontMatterTitle(YamlFrontMatterBlock frontMatter)
        {
            // An empty front matter ("---" twice) has no lines at all.
            foreach (var line in (frontMatter.Lines.Lines ?? []).Take(frontMatter.Lines.Count))
            {
                var text = line.Slice.ToString();
                if (text.StartsWith("title:", StringComparison.OrdinalIgnoreCase))
                {
                    return text["title:".Length..].Trim().Trim('"', '\'');
                }
            }

            return null;
        }
    }

    private sealed record OpenQuestion(int? Number, string Title, string Topic, int Line, List<DeckProblem> Problems)
    {
        public List<Block> Answer { get; } = [];

        public QuestionMetadata? Metadata { get; set; }
    }
}
