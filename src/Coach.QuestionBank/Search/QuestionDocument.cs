using Coach.Core.Questions;
using Lucene.Net.Documents;
using Lucene.Net.Index;

namespace Coach.QuestionBank.Search;

/// <summary>How a question is laid out as a Lucene document.</summary>
internal static class QuestionDocument
{
    // The spelling field only answers "does any question use this word": no frequencies, no norms.
    private static readonly FieldType PresenceOnly = new(TextField.TYPE_NOT_STORED)
    {
        IndexOptions = IndexOptions.DOCS_ONLY,
        OmitNorms = true,
    };

    static QuestionDocument() => PresenceOnly.Freeze();

    public static Document From(Question question)
    {
        var everything = $"{question.Title}\n{question.Topic}\n{question.AnswerMarkdown}";
        return
        [
            new StringField(IndexFields.Id, question.Id.ToString(), Field.Store.YES),
            new StringField(IndexFields.Deck, question.Deck, Field.Store.NO),
            new TextField(IndexFields.Title, question.Title, Field.Store.NO),
            new TextField(IndexFields.All, everything, Field.Store.NO),
            new Field(IndexFields.Spelling, everything, PresenceOnly),
        ];
    }
}
