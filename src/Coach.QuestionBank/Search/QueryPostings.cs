using System.Collections.Concurrent;
using System.Runtime.CompilerServices;
using Lucene.Net.Index;
using Lucene.Net.Util;

namespace Coach.QuestionBank.Search;

/// <summary>
/// One query's terms in the title and all fields of one index version: where each sits in each
/// segment and its postings, entered from there. Ranking and coverage both read the postings
/// through it, reusing one enumerator per field and segment, instead of each term, field and step
/// opening its own as Lucene's queries would. Where a word of the bank sits is remembered for the
/// life of the index version, so asking about it again seeks nothing in the terms dictionary.
/// </summary>
internal sealed class QueryPostings
{
    /// <summary>Words of the bank only (a word no question has is not remembered), so the vocabulary bounds it; this bounds it too.</summary>
    private const int MaxKnownTerms = 200_000;

    private static readonly ConditionalWeakTable<IndexReader, ConcurrentDictionary<(string Field, string Text), TermContext>> Known = [];

    private readonly BytesRef[] _bytes;
    private readonly TermsEnum?[] _termsEnums;
    private readonly DocsEnum?[] _docsEnums;

    private QueryPostings(IndexReader reader, string[] texts)
    {
        Reader = reader;
        Texts = texts;
        _bytes = [.. texts.Select(text => new BytesRef(text))];
        var leaves = reader.Leaves.Count;
        _termsEnums = new TermsEnum?[leaves * 2];
        _docsEnums = new DocsEnum?[leaves * 2];
        Title = Contexts(IndexFields.Title);
        All = Contexts(IndexFields.All);
    }

    public IndexReader Reader { get; }

    /// <summary>The distinct analyzed terms of the query.</summary>
    public string[] Texts { get; }

    /// <summary>Each term's statistics and place in the title field, per segment.</summary>
    public TermContext[] Title { get; }

    /// <summary>Each term's statistics and place in the all field, per segment.</summary>
    public TermContext[] All { get; }

    public static QueryPostings Find(IndexReader reader, string[] texts) => new(reader, texts);

    /// <returns>The term's postings in one field of one segment, or null when the segment lacks it. Valid until the next call.</returns>
    public DocsEnum? Postings(AtomicReaderContext leaf, string field, int term, DocsFlags flags)
    {
        var contexts = field == IndexFields.Title ? Title : All;
        if (contexts[term].Get(leaf.Ord) is not { } state || TermsEnumOf(leaf, field) is not { } termsEnum)
        {
            return null;
        }

        var slot = Slot(leaf, field);
        termsEnum.SeekExact(_bytes[term], state);
        return _docsEnums[slot] = termsEnum.Docs(leaf.AtomicReader.LiveDocs, _docsEnums[slot], flags);
    }

    private TermContext[] Contexts(string field)
    {
        var known = Known.GetValue(Reader, _ => new());
        var contexts = new TermContext[Texts.Length];
        List<int>? unknown = null;
        for (var t = 0; t < contexts.Length; t++)
        {
            if (known.TryGetValue((field, Texts[t]), out var context))
            {
                contexts[t] = context;
            }
            else
            {
                contexts[t] = new TermContext(Reader.Context);
                (unknown ??= []).Add(t);
            }
        }

        if (unknown is null)
        {
            return contexts;
        }

        foreach (var leaf in Reader.Leaves)
        {
            if (TermsEnumOf(leaf, field) is not { } termsEnum)
            {
                continue;
            }

            foreach (var t in unknown)
            {
                if (termsEnum.SeekExact(_bytes[t]))
                {
                    contexts[t].Register(termsEnum.GetTermState(), leaf.Ord, termsEnum.DocFreq, termsEnum.TotalTermFreq);
                }
            }
        }

        foreach (var t in unknown.Where(t => contexts[t].DocFreq > 0 && known.Count < MaxKnownTerms))
        {
            known.TryAdd((field, Texts[t]), contexts[t]);
        }

        return contexts;
    }

    private TermsEnum? TermsEnumOf(AtomicReaderContext leaf, string field)
    {
        var slot = Slot(leaf, field);
        return _termsEnums[slot] ??= leaf.AtomicReader.GetTerms(field)?.GetEnumerator();
    }

    private static int Slot(AtomicReaderContext leaf, string field) => (leaf.Ord * 2) + (field == IndexFields.Title ? 0 : 1);
}
