using Lucene.Net.Analysis;
using Lucene.Net.Analysis.TokenAttributes;

namespace Coach.QuestionBank.Search;

/// <summary>
/// One analyzed term of a query, at the word positions it stands for: a synonym concept of
/// "security group" spans two positions, alongside "secur" and "group".
/// </summary>
internal readonly record struct QueryTerm(string Text, int Position, int PositionLength)
{
    public bool Covers(int position) => position >= Position && position < Position + PositionLength;

    public static List<QueryTerm> Analyze(Analyzer analyzer, string field, string text)
    {
        var terms = new List<QueryTerm>();
        using var stream = analyzer.GetTokenStream(field, text);
        var term = stream.AddAttribute<ICharTermAttribute>();
        var increment = stream.AddAttribute<IPositionIncrementAttribute>();
        var length = stream.AddAttribute<IPositionLengthAttribute>();
        stream.Reset();
        var position = -1;
        while (stream.IncrementToken())
        {
            position += increment.PositionIncrement;
            terms.Add(new QueryTerm(term.ToString(), Math.Max(position, 0), Math.Max(length.PositionLength, 1)));
        }

        stream.End();
        return terms;
    }
}
