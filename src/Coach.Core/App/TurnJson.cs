using System.Text.Json;
using System.Text.Json.Serialization;

namespace Coach.Core.App;

/// <summary>A turn as kept in storage (public so that a test can leave behind what a killed replica leaves).</summary>
public static class TurnJson
{
    private static readonly JsonSerializerOptions Options = new(JsonSerializerDefaults.Web)
    {
        Converters = { new JsonStringEnumConverter() },
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
        catch (JsonException)
        {
            return null;
        }
    }
}
