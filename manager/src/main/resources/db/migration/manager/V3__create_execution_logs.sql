-- One row per run, written in batches off the request path. ids are UUIDv7: time-ordered, so "newest first" and
-- cursor pagination walk the primary key. script_id has no foreign key: a run's record outlives its script until
-- retention removes it.
CREATE TABLE execution_logs (
    id                      uuid        PRIMARY KEY,
    app_id                  uuid        NOT NULL REFERENCES apps (id) ON DELETE CASCADE,
    script_id               uuid,
    script_version          bigint      NOT NULL DEFAULT 0,
    script_name             text        NOT NULL DEFAULT '',
    route_id                uuid,
    request_id              text        NOT NULL DEFAULT '',
    trace_id                text        NOT NULL DEFAULT '',
    invocation_type         text        NOT NULL,
    method                  text        NOT NULL DEFAULT '',
    path                    text        NOT NULL DEFAULT '',
    request_headers         jsonb       NOT NULL DEFAULT '{}',
    request_body            text        NOT NULL DEFAULT '',
    request_body_truncated  boolean     NOT NULL DEFAULT false,
    status                  text        NOT NULL,
    status_code             integer     NOT NULL,
    response_body           text        NOT NULL DEFAULT '',
    response_body_truncated boolean     NOT NULL DEFAULT false,
    error                   jsonb,
    logs                    jsonb       NOT NULL DEFAULT '[]',
    logs_truncated          boolean     NOT NULL DEFAULT false,
    duration_us             bigint      NOT NULL,
    started_at              timestamptz NOT NULL,
    executor                text        NOT NULL DEFAULT ''
);
CREATE INDEX execution_logs_by_script ON execution_logs (script_id, id DESC);
CREATE INDEX execution_logs_by_app ON execution_logs (app_id, id DESC);
CREATE INDEX execution_logs_by_start ON execution_logs (started_at);
