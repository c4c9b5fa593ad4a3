-- Classes for a challenge (docs/api.md): a teacher's class and its students' attempts. Portable SQL.
CREATE TABLE classroom (
    id             VARCHAR(16) PRIMARY KEY,
    -- SHA-256 of the teacher token, 64 hexadecimal digits; the token itself is never stored.
    token_hash     CHAR(64)    NOT NULL,
    -- The challenge (an experiment with a goal). No foreign key: deleting the challenge leaves the
    -- class, whose page then shows "not found".
    experiment_id  VARCHAR(16) NOT NULL,
    title          TEXT        NOT NULL,
    -- The client address that created it (for the per-address limit); never shown.
    client         VARCHAR(64),
    closed_at      TIMESTAMP WITH TIME ZONE,
    created_at     TIMESTAMP WITH TIME ZONE NOT NULL
);

CREATE INDEX classroom_created_at ON classroom (created_at);
CREATE INDEX classroom_client ON classroom (client, created_at);

CREATE TABLE class_attempt (
    class_id       VARCHAR(16) NOT NULL REFERENCES classroom (id) ON DELETE CASCADE,
    -- 1, 2, 3 … within the class: the order, and the events' ids.
    seq            INTEGER     NOT NULL,
    id             VARCHAR(16) NOT NULL UNIQUE,
    nickname       VARCHAR(200),
    -- goal or handin
    kind           VARCHAR(16) NOT NULL,
    -- The student's network, saved as a normal experiment (a fork of the challenge). No foreign
    -- key: the experiment is a public link the student holds and outlives the class.
    experiment_id  VARCHAR(16) NOT NULL,
    epoch          INTEGER     NOT NULL,
    -- As the core writes numbers: "0.0123", or "NaN", "Infinity", "-Infinity".
    train_loss     VARCHAR(40) NOT NULL,
    test_loss      VARCHAR(40) NOT NULL,
    -- JSON array of {part, met}
    goal_parts     TEXT        NOT NULL,
    -- The client address (for the per-address limit); never shown to the teacher.
    client         VARCHAR(64),
    created_at     TIMESTAMP WITH TIME ZONE NOT NULL,
    PRIMARY KEY (class_id, seq)
);

CREATE INDEX class_attempt_client ON class_attempt (class_id, client, created_at);
CREATE INDEX class_attempt_created_at ON class_attempt (created_at);
