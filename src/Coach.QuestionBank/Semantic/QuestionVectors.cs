using Coach.Core.Questions;

namespace Coach.QuestionBank.Semantic;

/// <summary>
/// Every question of the bank as sentence vectors (its title, and its title with its key points),
/// so that a query can be compared by meaning. Built in the background whenever the bank's
/// questions change; until the current version is built, <see cref="TryRank"/> says no and callers
/// do without.
/// </summary>
public sealed class QuestionVectors(SentenceEmbedder embedder)
{
    /// <summary>
    /// Banks larger than this are searched by words alone: embedding takes ~3 ms a text on two
    /// cores (10,000 questions would keep a core busy for a minute at every deck change) and 3 KB of
    /// memory a question, and comparing a query with every question grows with the bank.
    /// </summary>
    public const int MaxQuestions = 5_000;

    private readonly Lock _starting = new();
    private volatile Built? _built;
    private Task? _building;
    private IReadOnlyList<Question>? _buildingFor;
    private IReadOnlyList<Question>? _latest;

    /// <summary>Builds the vectors of <paramref name="questions"/> now, on this thread; for start-up and tests.</summary>
    public void Build(IReadOnlyList<Question> questions)
    {
        lock (_starting)
        {
            _latest = questions;
        }

        if (questions.Count <= MaxQuestions && !ReferenceEquals(_built?.Questions, questions) && Embed(questions) is { } built)
        {
            lock (_starting)
            {
                // Two versions built at once (a deck change during start-up): the newer one stays.
                if (ReferenceEquals(_latest, questions))
                {
                    _built = built;
                }
            }
        }
    }

    /// <summary>Starts building the vectors of a new version of the bank, unless they are built or being built.</summary>
    public void BuildInBackground(IReadOnlyList<Question> questions)
    {
        if (questions.Count <= MaxQuestions && !ReferenceEquals(_built?.Questions, questions))
        {
            StartBuilding(questions);
        }
    }

    /// <summary>Set when the sentence model cannot run on this machine: search stays on words alone.</summary>
    public bool Unavailable { get; set; }

    /// <summary>Whether the vectors of this version of the bank are built, so search has its meaning signal.</summary>
    public bool IsReadyFor(IReadOnlyList<Question> questions) => ReferenceEquals(_built?.Questions, questions);

    /// <summary>
    /// The questions by similarity to <paramref name="query"/>, most similar first, each with the
    /// cosine similarity of its closer vector. False while the vectors of this version of the bank
    /// are being built (which this call starts), or when the model cannot run here.
    /// </summary>
    public bool TryRank(IReadOnlyList<Question> questions, string query, out IReadOnlyList<(Question Question, double Similarity)> ranked)
    {
        ranked = [];
        if (questions.Count > MaxQuestions)
        {
            return false;
        }

        var built = _built;
        if (!ReferenceEquals(built?.Questions, questions))
        {
            StartBuilding(questions);
            return false;
        }

        if (!embedder.TryEmbed([query], out var vectors))
        {
            return false;
        }

        var asked = vectors[0];
        ranked = [.. questions
            .Select((question, i) => (question, Math.Max(SentenceEmbedder.Similarity(asked, built!.Titles[i]), SentenceEmbedder.Similarity(asked, built.Bodies[i]))))
            .OrderByDescending(pair => pair.Item2)
            .ThenBy(pair => pair.question.Id.ToString(), StringComparer.Ordinal)];
        return true;
    }

    private void StartBuilding(IReadOnlyList<Question> questions)
    {
        lock (_starting)
        {
            if (ReferenceEquals(_buildingFor, questions) && _building is { IsCompleted: false })
            {
                return;
            }

            _buildingFor = questions;
            _building = Task.Run(() => Build(questions));
        }
    }

    private Built? Embed(IReadOnlyList<Question> questions) =>
        embedder.TryEmbed([.. questions.Select(question => question.Title)], out var titles)
        && embedder.TryEmbed([.. questions.Select(question => $"{question.Title}. {string.Join(' ', question.KeyPoints)}")], out var bodies)
            ? new Built(questions, titles, bodies)
            : null;

    private sealed record Built(IReadOnlyList<Question> Questions, float[][] Titles, float[][] Bodies);
}
