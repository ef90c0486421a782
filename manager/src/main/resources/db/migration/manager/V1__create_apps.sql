-- Apps own everything else; every app-owned table references apps(id) ON DELETE CASCADE.
CREATE TABLE apps (
    id          uuid        PRIMARY KEY,
    slug        text        NOT NULL UNIQUE CHECK (slug ~ '^[a-z0-9][a-z0-9-]{0,62}$'),
    name        text        NOT NULL CHECK (length(name) BETWEEN 1 AND 200),
    description text        NOT NULL DEFAULT '',
    created_at  timestamptz NOT NULL DEFAULT now(),
    updated_at  timestamptz NOT NULL DEFAULT now()
);

-- Host patterns an app claims: "api.example.com" or "{tenant}.example.com". A pattern belongs to one app.
CREATE TABLE app_domains (
    app_id     uuid        NOT NULL REFERENCES apps (id) ON DELETE CASCADE,
    pattern    text        NOT NULL,
    created_at timestamptz NOT NULL DEFAULT now(),
    PRIMARY KEY (app_id, pattern),
    UNIQUE (pattern)
);

-- The app every request falls back to when no domain claims its host. Its id is fixed so every node agrees.
INSERT INTO apps (id, slug, name, description)
VALUES ('00000000-0000-7000-8000-000000000001', 'default', 'Default', 'Serves every host no other app claims.');
