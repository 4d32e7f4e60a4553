using System.Text.Json;

namespace Coach.Slack.Receivers;

/// <summary>Reading what Slack sends, which is ours to distrust: text that may not be JSON, fields that may be missing or of another kind.</summary>
internal static class SlackJson
{
    /// <returns>The JSON's root (detached from the parser's pooled buffers), or null when it is not JSON.</returns>
    public static JsonElement? Parse(ReadOnlyMemory<byte> utf8)
    {
        try
        {
            using var document = JsonDocument.Parse(utf8);
            return document.RootElement.Clone();
        }
        catch (JsonException)
        {
            return null;
        }
    }

    /// <inheritdoc cref="Parse(ReadOnlyMemory{byte})"/>
    public static JsonElement? Parse(string text)
    {
        try
        {
            using var document = JsonDocument.Parse(text);
            return document.RootElement.Clone();
        }
        catch (JsonException)
        {
            return null;
        }
    }

    /// <returns>The string at <paramref name="property"/> of an object, or null when there is none or it is not a string.</returns>
    public static string? String(JsonElement element, string property) =>
        element.ValueKind == JsonValueKind.Object && element.TryGetProperty(property, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;
}
