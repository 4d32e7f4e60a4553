namespace Coach.Storage.Migrations;

/// <summary>
/// The SQLite schema, as versioned steps. Never edit a step that has shipped; add the next one.
/// Times are stored as UTC ticks (INTEGER) so that they sort and compare exactly.
/// </summary>
internal static class SqliteSchema
{
    public static IReadOnlyList<Migration> Migrations { get; } =
    [
        new(1, "channels, slot claims, processed events", """
            CREATE TABLE channels (
                platform    TEXT NOT NULL,
                channel_id  TEXT NOT NULL,
                is_direct   INTEGER NOT NULL,
                cron        TEXT NOT NULL,
                time_zone   TEXT NOT NULL,
                topics      TEXT NOT NULL,
                skip_dates  TEXT NOT NULL,
                paused      INTEGER NOT NULL,
                PRIMARY KEY (platform, channel_id)
            );

            CREATE TABLE slot_claims (
                platform    TEXT NOT NULL,
                channel_id  TEXT NOT NULL,
                slot_utc    INTEGER NOT NULL,
                claimed_utc INTEGER NOT NULL,
                PRIMARY KEY (platform, channel_id, slot_utc)
            );

            CREATE TABLE processed_events (
                platform    TEXT NOT NULL,
                event_id    TEXT NOT NULL,
                seen_utc    INTEGER NOT NULL,
                PRIMARY KEY (platform, event_id)
            );
            CREATE INDEX processed_events_seen ON processed_events (seen_utc);
            """),
    ];
}
