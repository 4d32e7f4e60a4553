using Coach.Core.Questions;
using Coach.QuestionBank.Decks;

namespace Coach.QuestionBank.Import;

/// <summary>
/// A file of cards made into a deck: read in its format, every row checked (a question and an
/// answer, a known difficulty, https references, no question twice, a topic), numbered in file
/// order and written in the deck format, then parsed back as a deck to prove it reads as imported.
/// Any problem means no deck: the caller writes nothing.
/// </summary>
public static class DeckImport
{
    public sealed record Result(string Markdown, IReadOnlyList<CheckedCard> Cards, IReadOnlyList<DeckProblem> Problems)
    {
        public bool Succeeded => Problems.Count == 0;
    }

    public static Result Run(string text, string path, ImportFormat format, string deckId, string title, string? topic)
    {
        var problems = new List<DeckProblem>();
        var cards = format switch
        {
            ImportFormat.Csv => CsvCards.Read(text, path, problems),
            ImportFormat.Anki => AnkiCards.Read(text, path, problems),
            _ => QuizletCards.Read(text, path, problems),
        };
        var checkedCards = Check(cards, path, topic, problems);
        if (problems.Count == 0 && checkedCards.Count == 0)
        {
            problems.Add(new DeckProblem(path, 1, "no cards in the file"));
        }

        if (problems.Count > 0)
        {
            return new Result("", [], problems);
        }

        var markdown = DeckWriter.Write(title, checkedCards);
        var deck = DeckParser.Parse(deckId, path, markdown);
        if (!deck.IsValid || deck.Questions.Count != checkedCards.Count)
        {
            // The writer's own mistake, never the file's: say so rather than write a deck that reads otherwise.
            return new Result("", [], [new DeckProblem(path, 0, $"the imported deck does not read back as written ({string.Join("; ", deck.Problems.Select(p => p.Message))})")]);
        }

        return new Result(markdown, checkedCards, []);
    }

    private static List<CheckedCard> Check(IReadOnlyList<ImportedCard> cards, string path, string? defaultTopic, List<DeckProblem> problems)
    {
        var checkedCards = new List<CheckedCard>();
        var firstLineOf = new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase);
        foreach (var card in cards)
        {
            var before = problems.Count;
            void Problem(string message) => problems.Add(new DeckProblem(path, card.Line, message));
            var question = string.Join(' ', card.Question.Split((char[])['\r', '\n', '\t', ' '], StringSplitOptions.RemoveEmptyEntries));
            var answer = card.Answer.Replace("\r\n", "\n", StringComparison.Ordinal).Trim();
            if (question.Length == 0)
            {
                Problem("row without a question");
            }
            else if (firstLineOf.TryGetValue(question.TrimEnd('?', '.', ' '), out var first))
            {
                Problem($"duplicate question (first at line {first}): {question}");
            }
            else
            {
                firstLineOf[question.TrimEnd('?', '.', ' ')] = card.Line;
            }

            if (answer.Length == 0)
            {
                Problem("row without an answer");
            }

            Difficulty? difficulty = null;
            if (!string.IsNullOrWhiteSpace(card.Difficulty))
            {
                if (Difficulties.TryParse(card.Difficulty, out var parsed))
                {
                    difficulty = parsed;
                }
                else
                {
                    Problem(MetadataLines.UnknownDifficulty(card.Difficulty.Trim()));
                }
            }

            var references = new List<Uri>();
            foreach (var reference in card.References ?? [])
            {
                if (MetadataLines.IsDocumentationLink(reference, out var uri))
                {
                    references.Add(uri);
                }
                else
                {
                    Problem(MetadataLines.NotALink(reference));
                }
            }

            var topic = string.IsNullOrWhiteSpace(card.Topic) ? defaultTopic : card.Topic.Trim();
            if (string.IsNullOrWhiteSpace(topic))
            {
                Problem("no topic: add a topic column or pass --topic TOPIC");
            }

            if (problems.Count == before)
            {
                var tags = (card.Tags ?? []).Select(tag => tag.ToLowerInvariant()).Distinct().ToList();
                checkedCards.Add(new CheckedCard(checkedCards.Count + 1, topic!, question, answer, new QuestionMetadata(difficulty, tags, references, null)));
            }
        }

        return checkedCards;
    }
}
