-- A script is a name in an app; its content lives in immutable versions. current_version always names the newest
-- version (a rollback writes a new version copying an old one), so (script, version) never changes meaning and
-- caches keyed by it never go stale.
CREATE TABLE scripts (
    app_id          uuid        NOT NULL REFERENCES apps (id) ON DELETE CASCADE,
    id              uuid        NOT NULL UNIQUE,
    name            text        NOT NULL CHECK (name ~ '^[A-Za-z0-9][A-Za-z0-9_.-]{0,127}$'),
    current_version bigint      NOT NULL CHECK (current_version >= 1),
    created_at      timestamptz NOT NULL DEFAULT now(),
    updated_at      timestamptz NOT NULL DEFAULT now(),
    PRIMARY KEY (app_id, id),
    UNIQUE (app_id, name)
);

CREATE TABLE script_versions (
    app_id             uuid        NOT NULL,
    script_id          uuid        NOT NULL,
    version            bigint      NOT NULL CHECK (version >= 1),
    language           text        NOT NULL CHECK (language IN ('rhai', 'javascript')),
    source             text        NOT NULL,
    description        text        NOT NULL DEFAULT '',
    timeout_ms         bigint      NOT NULL CHECK (timeout_ms > 0),
    memory_limit_mb    integer     NOT NULL CHECK (memory_limit_mb > 0),
    max_operations     bigint      NOT NULL CHECK (max_operations >= 0),
    rolled_back_from   bigint,
    created_at         timestamptz NOT NULL DEFAULT now(),
    PRIMARY KEY (app_id, script_id, version),
    FOREIGN KEY (app_id, script_id) REFERENCES scripts (app_id, id) ON DELETE CASCADE
);

-- A route binds (host pattern, method, path pattern) of an app to a script. method '' = any method, host '' = any
-- host of the app. path_shape is the path with parameter names erased (/users/:id -> /users/:), used to refuse two
-- routes that would match the same requests.
CREATE TABLE routes (
    app_id        uuid        NOT NULL,
    id            uuid        NOT NULL UNIQUE,
    script_id     uuid        NOT NULL,
    method        text        NOT NULL DEFAULT '',
    path          text        NOT NULL,
    path_shape    text        NOT NULL,
    host          text        NOT NULL DEFAULT '',
    dispatch_mode text        NOT NULL DEFAULT 'sync' CHECK (dispatch_mode IN ('sync', 'async')),
    created_at    timestamptz NOT NULL DEFAULT now(),
    PRIMARY KEY (app_id, id),
    FOREIGN KEY (app_id, script_id) REFERENCES scripts (app_id, id) ON DELETE CASCADE,
    UNIQUE (app_id, host, method, path_shape)
);
CREATE INDEX routes_by_script ON routes (script_id);
