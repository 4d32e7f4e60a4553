using Lucene.Net.Index;
using Lucene.Net.Util;

namespace Coach.QuestionBank.Search;

/// <summary>
/// Where each query term sits in each segment of one field, looked up with one terms enumerator
/// per segment. Lucene's <c>TermQuery</c> would otherwise open an enumerator per term, field and
/// segment, and the coverage step would seek every term again; both reuse these instead.
/// </summary>
internal static class TermContexts
{
    public static TermContext[] Build(IndexReader reader, string field, IReadOnlyList<string> texts)
    {
        var top = reader.Context;
        var contexts = new TermContext[texts.Count];
        var bytes = new BytesRef[texts.Count];
        for (var t = 0; t < texts.Count; t++)
        {
            contexts[t] = new TermContext(top);
            bytes[t] = new BytesRef(texts[t]);
        }

        TermsEnum? termsEnum = null;
        foreach (var leaf in top.Leaves)
        {
            if (leaf.AtomicReader.GetTerms(field) is not { } terms)
            {
                continue;
            }

            termsEnum = terms.GetEnumerator(termsEnum);
            for (var t = 0; t < texts.Count; t++)
            {
                if (termsEnum.SeekExact(bytes[t]))
                {
                    contexts[t].Register(termsEnum.GetTermState(), leaf.Ord, termsEnum.DocFreq, termsEnum.TotalTermFreq);
                }
            }
        }

        return contexts;
    }
}
