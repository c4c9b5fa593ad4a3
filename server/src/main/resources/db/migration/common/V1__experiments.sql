-- Saved experiments (docs/sharing.md). Portable SQL: H2 and PostgreSQL both run it as written.
-- Sizes are checked by the server (playground.server.experiments.ExperimentLimits), not here,
-- so TEXT everywhere (a CLOB in H2).
CREATE TABLE experiment (
    id          VARCHAR(16) PRIMARY KEY,
    -- SHA-256 of the edit token, 64 hexadecimal digits; the token itself is never stored.
    token_hash  CHAR(64)    NOT NULL,
    title       TEXT,
    notes       TEXT,
    -- Canonical JSON written by the core (Config.toJson, Snapshot.toJson, Goal.toMap).
    config      TEXT        NOT NULL,
    state       TEXT,
    goal        TEXT,
    -- The experiment this one was forked from. No foreign key: a fork keeps its parent's id
    -- after the parent is deleted (the parent's link then shows "not found").
    parent_id   VARCHAR(16),
    created_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_at  TIMESTAMP WITH TIME ZONE NOT NULL
);

CREATE INDEX experiment_parent ON experiment (parent_id);
