using Lucene.Net.Analysis;
using Lucene.Net.Analysis.Synonym;
using Lucene.Net.Util;

namespace Coach.QuestionBank.Search;

/// <summary>
/// Turns synonym groups into a Lucene <see cref="SynonymMap"/> that adds one concept token per
/// group beside the words themselves: "SG", "security groups" and "security group" all also
/// become <c>_syn3_</c>, in documents and queries alike, so any wording finds any other.
/// </summary>
internal static class SynonymConcepts
{
    public static SynonymMap? Build(SynonymGroups groups)
    {
        if (groups.Groups.Count == 0)
        {
            return null;
        }

        using var stemmer = Analyzer.NewAnonymous((_, reader) =>
        {
            var (source, stream) = TextAnalysis.Stems(reader);
            return new TokenStreamComponents(source, stream);
        });
        var builder = new SynonymMap.Builder(dedup: true);
        for (var i = 0; i < groups.Groups.Count; i++)
        {
            var concept = new CharsRef(ConceptToken(i));
            foreach (var phrase in groups.Groups[i])
            {
                var stems = TextAnalysis.Terms(stemmer, phrase);
                if (stems.Count > 0)
                {
                    builder.Add(SynonymMap.Builder.Join([.. stems], new CharsRef()), concept, includeOrig: true);
                }
            }
        }

        return builder.Build();
    }

    private static string ConceptToken(int group) => $"_syn{group}_";
}
