using System.Text.Json;
using System.Text.Json.Serialization;

namespace Coach.Core.App;

/// <summary>A turn as kept in storage (public so that a test can leave behind what a killed replica leaves).</summary>
public static class TurnJson
{
    private static readonly JsonSerializerOptions Options = new(JsonSerializerDefaults.Web)
    {
        // Turns kept by an earlier version (one flat record) put their kind first; either order reads.
        AllowOutOfOrderMetadataProperties = true,
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
    };

    public static string Write(Turn turn) => JsonSerializer.Serialize(turn, Options);

    /// <returns>The turn, or null when the JSON is not one (written by another version, or damaged).</returns>
    public static Turn? Read(string json)
    {
        try
        {
            return JsonSerializer.Deserialize<Turn>(json, Options);
        }
        catch (Exception ex) when (ex is JsonException or NotSupportedException)
        {
            // NotSupportedException: a kind this version does not know.
            return null;
        }
    }
}
