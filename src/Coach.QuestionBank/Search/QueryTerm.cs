using Lucene.Net.Analysis;
using Lucene.Net.Analysis.TokenAttributes;

namespace Coach.QuestionBank.Search;

/// <summary>
/// One analyzed term of a text, at the word positions it stands for: a synonym concept of
/// "security group" spans two positions, alongside "secur" and "group". Start and End are the
/// character offsets of the words it came from.
/// </summary>
internal readonly record struct QueryTerm(string Text, int Position, int PositionLength, int Start = 0, int End = 0)
{
    public bool Covers(int position) => position >= Position && position < Position + PositionLength;

    /// <summary>
    /// Each word position of an analyzed text with every term standing for it: the word itself and
    /// any synonym concepts spanning it. Meaning is counted per position, not per term.
    /// </summary>
    public static IEnumerable<QueryTerm[]> ByPosition(IReadOnlyList<QueryTerm> terms) =>
        terms.SelectMany(term => Enumerable.Range(term.Position, term.PositionLength))
            .Distinct()
            .Select(position => terms.Where(term => term.Covers(position)).ToArray());

    public static List<QueryTerm> Analyze(Analyzer analyzer, string field, string text)
    {
        var terms = new List<QueryTerm>();
        using var stream = analyzer.GetTokenStream(field, text);
        var term = stream.AddAttribute<ICharTermAttribute>();
        var increment = stream.AddAttribute<IPositionIncrementAttribute>();
        var length = stream.AddAttribute<IPositionLengthAttribute>();
        var offset = stream.AddAttribute<IOffsetAttribute>();
        stream.Reset();
        var position = -1;
        while (stream.IncrementToken())
        {
            position += increment.PositionIncrement;
            terms.Add(new QueryTerm(term.ToString(), Math.Max(position, 0), Math.Max(length.PositionLength, 1), offset.StartOffset, offset.EndOffset));
        }

        stream.End();
        return terms;
    }
}
