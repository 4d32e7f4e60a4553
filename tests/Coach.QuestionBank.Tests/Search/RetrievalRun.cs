using Coach.Core.Questions;
using Xunit.Abstractions;

namespace Coach.QuestionBank.Tests.Search;

/// <summary>
/// One engine over one labelled set: which in-scope queries it got right (the expected question
/// first and confident) and which out-of-scope ones it declined, with the misses written out.
/// </summary>
internal sealed class RetrievalRun
{
    private RetrievalRun(IReadOnlyList<LabelledQuery> queries, Func<string, SearchResult> search)
    {
        InScope = [.. queries.Where(q => q.InScope)];
        OutOfScope = [.. queries.Where(q => !q.InScope)];
        Results = queries.Distinct().ToDictionary(q => q, q => search(q.Text));
        Correct = [.. InScope.Where(q => Results[q] is { Confident: true } result && result.Best?.Question.Id.ToString() == q.Expected)];
        Declined = [.. OutOfScope.Where(q => !Results[q].Confident)];
    }

    public IReadOnlyList<LabelledQuery> InScope { get; }

    public IReadOnlyList<LabelledQuery> OutOfScope { get; }

    public IReadOnlyDictionary<LabelledQuery, SearchResult> Results { get; }

    public IReadOnlyList<LabelledQuery> Correct { get; }

    public IReadOnlyList<LabelledQuery> Declined { get; }

    public double Accuracy => (double)Correct.Count / InScope.Count;

    public double Rejection => (double)Declined.Count / OutOfScope.Count;

    /// <summary>"top-1 accuracy 97.6 % (83/85), out-of-scope declined 95.0 % (38/40)".</summary>
    public string Figures => $"top-1 accuracy {Accuracy:P1} ({Correct.Count}/{InScope.Count}), out-of-scope declined {Rejection:P1} ({Declined.Count}/{OutOfScope.Count})";

    public static RetrievalRun Of(IEnumerable<LabelledQuery> queries, Func<string, SearchResult> search) => new([.. queries], search);

    /// <summary>Every in-scope query it got wrong and every out-of-scope one it answered.</summary>
    public void WriteMisses(ITestOutputHelper output)
    {
        foreach (var miss in InScope.Except(Correct))
        {
            var got = Results[miss];
            output.WriteLine($"MISS {miss.Expected} \"{miss.Text}\" → {got.Best?.Question.Id.ToString() ?? "nothing"} (confident: {got.Confident}{(got.CorrectedQuery is { } corrected ? $", corrected to \"{corrected}\"" : "")})");
        }

        foreach (var wrong in OutOfScope.Except(Declined))
        {
            output.WriteLine($"ANSWERED \"{wrong.Text}\" → {Results[wrong].Best?.Question.Id}");
        }
    }
}
