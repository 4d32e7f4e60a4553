using Coach.QuestionBank.Decks;
using Coach.QuestionBank.Search;

namespace Coach.QuestionBank.Content;

/// <summary>Everything read from a content folder at one moment: its decks and its synonyms.</summary>
public sealed record ContentSnapshot(IReadOnlyList<Deck> Decks, SynonymGroups Synonyms)
{
    public IEnumerable<DeckProblem> Problems => Decks.SelectMany(deck => deck.Problems).Concat(Synonyms.Problems);
}
