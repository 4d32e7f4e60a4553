using System.Text;

namespace Coach.QuestionBank.Benchmarks;

/// <summary>
/// A large deck in the seed's Markdown shape, made deterministically at benchmark start: topics of
/// 1,000 questions, titles and bullet answers drawn from a 20,000-word vocabulary (Zipf-like, so
/// some words are common and most are rare, as in real text).
/// </summary>
internal static class GeneratedDeck
{
    public static string Markdown(int questions, int seed = 42)
    {
        var random = new Random(seed);
        var vocabulary = Enumerable.Range(0, 20_000).Select(i => Word(random, i)).ToArray();
        string Pick() => vocabulary[(int)Math.Min(vocabulary.Length - 1, Math.Pow(random.NextDouble(), 3) * vocabulary.Length)];
        string Words(int min, int max) => string.Join(' ', Enumerable.Range(0, random.Next(min, max)).Select(_ => Pick()));

        var text = new StringBuilder(questions * 400);
        for (var n = 1; n <= questions; n++)
        {
            if (n % 1000 == 1)
            {
                text.Append("## Topic ").Append(Words(1, 3)).Append("\n\n");
            }

            text.Append("### ").Append(n).Append(". What is ").Append(Words(3, 8)).Append("?\n");
            for (var bullet = random.Next(2, 6); bullet > 0; bullet--)
            {
                text.Append("*   **").Append(Pick()).Append("**: ").Append(Words(8, 16)).Append(".\n");
            }

            text.Append('\n');
        }

        return text.ToString();
    }

    private static string Word(Random random, int index)
    {
        const string letters = "abcdefghijklmnopqrstuvwxyz";
        var length = 3 + (index % 8);
        return string.Create(length, random, (span, r) =>
        {
            for (var i = 0; i < span.Length; i++)
            {
                span[i] = letters[r.Next(letters.Length)];
            }
        });
    }
}
