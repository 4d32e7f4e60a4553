using System.Text.Json;
using CsCheck;

namespace Coach.Tests;

/// <summary>
/// Generators of JSON a hostile or broken client might send: documents built from the field names
/// a platform uses, with values of every kind (strings with markup, mentions, control characters
/// and long runs, the platforms' own type names, numbers, nested objects, arrays, nulls) and, now
/// and then, cut short.
/// </summary>
internal static class HostileJson
{
    private static readonly string[] Awkward =
    [
        "", " ", "ask", "coach", "mock", "skip", "hint", "next", "<@U1>", "<!channel>", "<at>Coach</at>", "&lt;&gt;&amp;", "\u0000", "\uFFFF", "\uD83D\uDE00",
        "block_actions", "event_callback", "url_verification", "message", "app_mention", "im", "member_joined_channel", "message_changed",
        "conversationUpdate", "invoke", "personal", "channel", "groupChat", "reveal-answer", "answer-question", "mock-skip", "adaptiveCard/action",
        "19:abc@thread.tacv2;messageid=1", "https://evil.example/", "http://127.0.0.1:1/", "D123", "C123", "1700000000.000100", "{\"a\":1}", "%00", "' OR 1=1 --",
    ];

    public static Gen<string> Text { get; } = Gen.OneOf(
        Gen.OneOf(Awkward),
        Gen.String,
        Gen.Char.Array[0, 40].Select(chars => new string(chars)),
        Gen.Int[1, 20_000].Select(length => new string('x', length)));

    private static Gen<string> Scalar { get; } = Gen.OneOf(
        Text.Select(text => JsonSerializer.Serialize(text)),
        Gen.Long.Select(number => number.ToString(System.Globalization.CultureInfo.InvariantCulture)),
        Gen.Double.Where(double.IsFinite).Select(number => number.ToString("R", System.Globalization.CultureInfo.InvariantCulture)),
        Gen.OneOf("true", "false", "null"));

    /// <summary>JSON documents using <paramref name="fields"/> as their keys, nested a few levels deep; some cut short.</summary>
    public static Gen<string> Documents(params string[] fields)
    {
        var value = Value(fields, depth: 3);
        return Gen.OneOf(
            Object(fields, value),
            value,
            Gen.Select(Object(fields, value), Gen.Int[0, 100], (json, percent) => json[..(json.Length * percent / 100)]));
    }

    private static Gen<string> Value(string[] fields, int depth) =>
        depth == 0
            ? Scalar
            : Gen.Frequency((4, Scalar), (2, Object(fields, Value(fields, depth - 1))), (1, Value(fields, depth - 1).Array[0, 4].Select(items => $"[{string.Join(',', items)}]")));

    private static Gen<string> Object(string[] fields, Gen<string> value) =>
        Gen.Select(Gen.OneOf(Gen.OneOf(fields), Text), value)
            .Array[0, 8]
            .Select(pairs => "{" + string.Join(',', pairs.Select(pair => $"{JsonSerializer.Serialize(pair.Item1)}:{pair.Item2}")) + "}");
}
