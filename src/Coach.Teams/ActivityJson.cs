using System.Text.Json;

namespace Coach.Teams;

/// <summary>
/// Reading a Bot Framework activity's fields without trusting their shape: a property that is missing,
/// or of another JSON kind than expected, is null (what a hostile or malformed activity sends).
/// </summary>
internal static class ActivityJson
{
    public static JsonElement? Object(JsonElement? element, string property) =>
        element is { ValueKind: JsonValueKind.Object } e && e.TryGetProperty(property, out var value) && value.ValueKind == JsonValueKind.Object ? value : null;

    public static string? Text(JsonElement? element, string property) =>
        element is { ValueKind: JsonValueKind.Object } e && e.TryGetProperty(property, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;
}
