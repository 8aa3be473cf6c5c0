-- The event log. Released migrations are never edited: add V2__… instead.

CREATE TABLE events (
    global_position BIGINT                      NOT NULL PRIMARY KEY,
    stream_id       CHARACTER VARYING(128)      NOT NULL,
    stream_version  BIGINT                      NOT NULL,
    event_type      CHARACTER VARYING(128)      NOT NULL,
    schema_version  INTEGER                     NOT NULL,
    payload         CHARACTER VARYING           NOT NULL,
    metadata        CHARACTER VARYING           NOT NULL,
    recorded_at     TIMESTAMP(9) WITH TIME ZONE NOT NULL,
    CONSTRAINT events_position_from_one CHECK (global_position >= 1),
    CONSTRAINT events_version_from_one CHECK (stream_version >= 1),
    CONSTRAINT events_stream_version_unique UNIQUE (stream_id, stream_version)
);

-- The last global position handed out. Every append updates this one row first, so its row lock serialises
-- appenders across connections and processes: positions are allocated and committed in the same order, and a
-- rolled-back append gives its positions back (an IDENTITY column would leave a gap).
CREATE TABLE events_head (
    id       INTEGER NOT NULL PRIMARY KEY,
    position BIGINT  NOT NULL,
    CONSTRAINT events_head_single_row CHECK (id = 1),
    CONSTRAINT events_head_not_negative CHECK (position >= 0)
);

INSERT INTO events_head (id, position) VALUES (1, 0);

-- Each stream's current version, so the concurrency check is one primary-key lookup however long the stream is
-- (H2 cannot read the last entry of the (stream_id, stream_version) index without scanning the stream).
CREATE TABLE streams (
    stream_id CHARACTER VARYING(128) NOT NULL PRIMARY KEY,
    version   BIGINT                 NOT NULL,
    CONSTRAINT streams_version_from_one CHECK (version >= 1)
);
