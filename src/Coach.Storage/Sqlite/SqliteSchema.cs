using Coach.Storage.Migrations;

namespace Coach.Storage.Sqlite;

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
        new(2, "daily posts and replies", """
            CREATE TABLE daily_posts (
                id           INTEGER PRIMARY KEY AUTOINCREMENT,
                platform     TEXT NOT NULL,
                channel_id   TEXT NOT NULL,
                is_direct    INTEGER NOT NULL,
                thread_ref   TEXT NOT NULL,
                question_id  TEXT NOT NULL,
                cycle        INTEGER NOT NULL,
                posted_utc   INTEGER NOT NULL,
                revealed_utc INTEGER NULL,
                UNIQUE (platform, channel_id, thread_ref)
            );
            CREATE INDEX daily_posts_cycle ON daily_posts (platform, channel_id, cycle);

            CREATE TABLE daily_replies (
                post_id     INTEGER NOT NULL REFERENCES daily_posts (id),
                user_id     TEXT NOT NULL,
                text        TEXT NOT NULL,
                score       INTEGER NOT NULL,
                replied_utc INTEGER NOT NULL
            );
            CREATE INDEX daily_replies_post ON daily_replies (post_id);
            """),
        new(3, "slot claims remember whether the slot was handled; schedules remember when they started", """
            ALTER TABLE slot_claims ADD COLUMN handled_utc INTEGER NULL;
            ALTER TABLE channels ADD COLUMN active_since_utc INTEGER NOT NULL DEFAULT 0;
            UPDATE slot_claims SET handled_utc = claimed_utc;
            CREATE INDEX daily_posts_unrevealed ON daily_posts (posted_utc) WHERE revealed_utc IS NULL;
            """),
        new(4, "mock interviews", """
            CREATE TABLE interview_sessions (
                id                INTEGER PRIMARY KEY AUTOINCREMENT,
                platform          TEXT NOT NULL,
                user_id           TEXT NOT NULL,
                channel_id        TEXT NOT NULL,
                questions         TEXT NOT NULL,
                position          INTEGER NOT NULL,
                state             TEXT NOT NULL,
                hints             INTEGER NOT NULL,
                started_utc       INTEGER NOT NULL,
                asked_utc         INTEGER NOT NULL,
                last_activity_utc INTEGER NOT NULL
            );
            CREATE UNIQUE INDEX interview_sessions_one_open ON interview_sessions (platform, user_id) WHERE state = 'open';

            CREATE TABLE interview_answers (
                session_id   INTEGER NOT NULL REFERENCES interview_sessions (id),
                position     INTEGER NOT NULL,
                question_id  TEXT NOT NULL,
                text         TEXT NOT NULL,
                score        INTEGER NOT NULL,
                skipped      INTEGER NOT NULL,
                seconds      INTEGER NOT NULL,
                answered_utc INTEGER NOT NULL,
                PRIMARY KEY (session_id, position)
            );
            """),
        new(5, "the message log of platforms that keep no history (the playground)", """
            CREATE TABLE message_log (
                id           INTEGER PRIMARY KEY AUTOINCREMENT,
                platform     TEXT NOT NULL,
                conversation TEXT NOT NULL,
                thread_id    INTEGER NULL REFERENCES message_log (id),
                author       TEXT NOT NULL,
                visible_to   TEXT NULL,
                body         TEXT NOT NULL,
                at_utc       INTEGER NOT NULL,
                edited_utc   INTEGER NULL
            );
            CREATE INDEX message_log_platform ON message_log (platform, id);
            """),
        new(6, "spaced repetition: each person's memory of each question", """
            CREATE TABLE review_states (
                platform      TEXT NOT NULL,
                user_id       TEXT NOT NULL,
                question_id   TEXT NOT NULL,
                due_utc       INTEGER NOT NULL,
                interval_days REAL NOT NULL,
                ease          REAL NOT NULL,
                repetitions   INTEGER NOT NULL,
                lapses        INTEGER NOT NULL,
                last_score    INTEGER NOT NULL,
                answered_utc  INTEGER NOT NULL,
                PRIMARY KEY (platform, user_id, question_id)
            );
            """),
        new(7, "progress and leaderboards: repliers' names, interview dates, answers by person", """
            ALTER TABLE daily_replies ADD COLUMN user_name TEXT NOT NULL DEFAULT '';
            CREATE INDEX daily_replies_user ON daily_replies (user_id, replied_utc);
            CREATE INDEX interview_sessions_user ON interview_sessions (platform, user_id);
            CREATE INDEX daily_posts_channel ON daily_posts (platform, channel_id, posted_utc);

            CREATE TABLE interview_dates (
                platform   TEXT NOT NULL,
                user_id    TEXT NOT NULL,
                date       TEXT NOT NULL,
                set_utc    INTEGER NOT NULL,
                PRIMARY KEY (platform, user_id)
            );
            """),
        new(8, "turns taken and not yet worked off, kept under a lease; interview answers remember the message they came from", """
            ALTER TABLE processed_events ADD COLUMN turn TEXT NULL;
            ALTER TABLE processed_events ADD COLUMN owner TEXT NULL;
            ALTER TABLE processed_events ADD COLUMN lease_utc INTEGER NULL;
            ALTER TABLE processed_events ADD COLUMN attempts INTEGER NOT NULL DEFAULT 0;
            CREATE INDEX processed_events_kept ON processed_events (lease_utc) WHERE turn IS NOT NULL;

            ALTER TABLE interview_answers ADD COLUMN event_id TEXT NULL;
            CREATE UNIQUE INDEX interview_answers_event ON interview_answers (session_id, event_id);
            """),
        new(9, "who added Coach to a channel (in Teams, that person may change its settings)", """
            ALTER TABLE channels ADD COLUMN added_by TEXT NULL;
            """),
        new(10, "people who asked to be left off leaderboards; replies and answers found by age for pruning", """
            CREATE TABLE hidden_from_boards (
                platform   TEXT NOT NULL,
                user_id    TEXT NOT NULL,
                PRIMARY KEY (platform, user_id)
            );
            CREATE INDEX daily_replies_replied ON daily_replies (replied_utc);
            CREATE INDEX interview_answers_answered ON interview_answers (answered_utc);
            """),
        new(11, "a Teams conversation is known by its kind and id; its service URL, which can change, is kept beside it", """
            CREATE TABLE conversation_addresses (
                platform        TEXT NOT NULL,
                conversation_id TEXT NOT NULL,
                address         TEXT NOT NULL,
                updated_utc     INTEGER NOT NULL,
                PRIMARY KEY (platform, conversation_id)
            );
            INSERT INTO conversation_addresses (platform, conversation_id, address, updated_utc)
                SELECT DISTINCT platform, substr(channel_id, instr(channel_id, '|') + 1), substr(channel_id, 1, instr(channel_id, '|') - 1), 0 FROM channels WHERE platform = 'teams' AND channel_id LIKE 'http%|%|%'
                ON CONFLICT DO NOTHING;
            INSERT INTO conversation_addresses (platform, conversation_id, address, updated_utc)
                SELECT DISTINCT platform, substr(channel_id, instr(channel_id, '|') + 1), substr(channel_id, 1, instr(channel_id, '|') - 1), 0 FROM interview_sessions WHERE platform = 'teams' AND channel_id LIKE 'http%|%|%'
                ON CONFLICT DO NOTHING;
            INSERT INTO conversation_addresses (platform, conversation_id, address, updated_utc)
                SELECT DISTINCT platform, substr(channel_id, instr(channel_id, '|') + 1), substr(channel_id, 1, instr(channel_id, '|') - 1), 0 FROM daily_posts WHERE platform = 'teams' AND channel_id LIKE 'http%|%|%'
                ON CONFLICT DO NOTHING;
            INSERT INTO conversation_addresses (platform, conversation_id, address, updated_utc)
                SELECT DISTINCT platform, substr(channel_id, instr(channel_id, '|') + 1), substr(channel_id, 1, instr(channel_id, '|') - 1), 0 FROM slot_claims WHERE platform = 'teams' AND channel_id LIKE 'http%|%|%'
                ON CONFLICT DO NOTHING;
            -- A conversation seen under two service URLs had a row for each; one row per conversation stays.
            DELETE FROM channels WHERE platform = 'teams' AND channel_id LIKE 'http%|%|%'
                AND (substr(channel_id, instr(channel_id, '|') + 1) IN (SELECT channel_id FROM channels WHERE platform = 'teams' AND channel_id NOT LIKE 'http%|%|%')
                     OR channel_id NOT IN (SELECT MAX(channel_id) FROM channels WHERE platform = 'teams' AND channel_id LIKE 'http%|%|%' GROUP BY substr(channel_id, instr(channel_id, '|') + 1)));
            DELETE FROM slot_claims WHERE platform = 'teams' AND channel_id LIKE 'http%|%|%'
                AND channel_id NOT IN (SELECT MAX(channel_id) FROM slot_claims WHERE platform = 'teams' AND channel_id LIKE 'http%|%|%' GROUP BY substr(channel_id, instr(channel_id, '|') + 1), slot_utc);
            UPDATE channels SET channel_id = substr(channel_id, instr(channel_id, '|') + 1) WHERE platform = 'teams' AND channel_id LIKE 'http%|%|%';
            UPDATE slot_claims SET channel_id = substr(channel_id, instr(channel_id, '|') + 1) WHERE platform = 'teams' AND channel_id LIKE 'http%|%|%';
            UPDATE interview_sessions SET channel_id = substr(channel_id, instr(channel_id, '|') + 1) WHERE platform = 'teams' AND channel_id LIKE 'http%|%|%';
            UPDATE daily_posts SET channel_id = substr(channel_id, instr(channel_id, '|') + 1) WHERE platform = 'teams' AND channel_id LIKE 'http%|%|%';
            """),
        new(12, "a channel's daily question may keep to one difficulty", """
            ALTER TABLE channels ADD COLUMN difficulty TEXT NULL;
            """),
        new(13, "reports and appeals from chat; an accepted appeal's words count for its key point", """
            CREATE TABLE question_reports (
                id               INTEGER PRIMARY KEY AUTOINCREMENT,
                kind             TEXT NOT NULL,
                question_id      TEXT NOT NULL,
                question_version TEXT NOT NULL,
                key_point        TEXT NULL,
                text             TEXT NOT NULL,
                platform         TEXT NOT NULL,
                user_id          TEXT NOT NULL,
                created_utc      INTEGER NOT NULL,
                status           TEXT NOT NULL,
                resolved_by      TEXT NULL,
                resolved_utc     INTEGER NULL
            );
            CREATE INDEX question_reports_open ON question_reports (status, id);
            CREATE INDEX question_reports_question ON question_reports (question_id, status);
            """),
        new(14, "a model answer's reveal is claimed by one turn, which finishes it if taken over after a crash", """
            ALTER TABLE daily_posts ADD COLUMN revealed_by TEXT NULL;
            """),
        new(15, "mock interviews ask a follow-up question after an answer that misses important points", """
            ALTER TABLE interview_sessions ADD COLUMN follow_up TEXT NULL;
            ALTER TABLE interview_answers ADD COLUMN follow_up_point TEXT NULL;
            ALTER TABLE interview_answers ADD COLUMN follow_up_text TEXT NULL;
            ALTER TABLE interview_answers ADD COLUMN follow_up_event_id TEXT NULL;
            ALTER TABLE interview_answers ADD COLUMN follow_up_gained TEXT NULL;
            ALTER TABLE interview_answers ADD COLUMN first_score INTEGER NULL;
            CREATE INDEX interview_answers_follow_up_event ON interview_answers (session_id, follow_up_event_id);
            """),
        new(16, "a daily question's replies remember which key points they missed, for what the team keeps missing", """
            ALTER TABLE daily_replies ADD COLUMN missed TEXT NULL;
            """),
        new(17, "each person's time zone, reminder, days away and where they keep their dashboard", """
            CREATE TABLE person_zones (
                platform    TEXT NOT NULL,
                user_id     TEXT NOT NULL,
                zone        TEXT NOT NULL,
                checked_utc INTEGER NOT NULL,
                PRIMARY KEY (platform, user_id)
            );
            CREATE TABLE reminders (
                platform   TEXT NOT NULL,
                user_id    TEXT NOT NULL,
                direct_id  TEXT NOT NULL,
                at_minute  INTEGER NOT NULL,
                days       TEXT NOT NULL,
                set_utc    INTEGER NOT NULL,
                PRIMARY KEY (platform, user_id)
            );
            CREATE TABLE away_periods (
                platform   TEXT NOT NULL,
                user_id    TEXT NOT NULL,
                first_day  TEXT NOT NULL,
                last_day   TEXT NOT NULL
            );
            CREATE INDEX away_periods_person ON away_periods (platform, user_id);
            CREATE TABLE dashboards (
                platform   TEXT NOT NULL,
                user_id    TEXT NOT NULL,
                direct_id  TEXT NOT NULL,
                card_id    TEXT NULL,
                PRIMARY KEY (platform, user_id)
            );
            """),
    ];
}
