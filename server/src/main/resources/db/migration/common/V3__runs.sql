-- Server runs (docs/api.md): a run is one request (a long run, N seeds, or a sweep); each of its
-- trials is one configuration with one seed, executed as one db-scheduler task. Portable SQL.

CREATE TABLE run (
    id           VARCHAR(16)      PRIMARY KEY,
    -- queued, running, done, cancelled, failed
    status       VARCHAR(16)      NOT NULL,
    -- The request as validated: base configuration (Config.toJson), grid (JSON object or NULL).
    config       TEXT             NOT NULL,
    grid         TEXT,
    seeds        INTEGER          NOT NULL,
    epochs       INTEGER          NOT NULL,
    trials       INTEGER          NOT NULL,
    -- The compute budget it took: epochs x points x parameters, summed over its trials.
    cost         DOUBLE PRECISION NOT NULL,
    created_at   TIMESTAMP WITH TIME ZONE NOT NULL,
    finished_at  TIMESTAMP WITH TIME ZONE
);

CREATE INDEX run_created_at ON run (created_at);

CREATE TABLE run_trial (
    run_id           VARCHAR(16)  NOT NULL REFERENCES run (id) ON DELETE CASCADE,
    trial_index      INTEGER      NOT NULL,
    -- queued, running, done, cancelled, failed
    status           VARCHAR(16)  NOT NULL,
    -- The grid cell (JSON object, {} without a grid) and the full configuration of this trial.
    settings         TEXT         NOT NULL,
    config           TEXT         NOT NULL,
    seed             INTEGER      NOT NULL,
    -- Progress: epochs trained and the losses after the last of them (non-finite losses are NULL).
    epoch            INTEGER      NOT NULL,
    train_loss       DOUBLE PRECISION,
    test_loss        DOUBLE PRECISION,
    best_test_loss   DOUBLE PRECISION,
    best_epoch       INTEGER,
    diverged         BOOLEAN      NOT NULL,
    -- The last checkpoint (Snapshot.toJson) and its epoch; once done, the final state.
    snapshot         TEXT,
    snapshot_epoch   INTEGER,
    -- Incremented by every execution that takes the trial on; only the latest may write
    -- (a fencing token against a process that was presumed dead but still runs).
    attempt          INTEGER      NOT NULL,
    -- The process (host:pid) of the latest attempt, and the epoch it resumed from (0: from scratch).
    executed_by      VARCHAR(200),
    resumed_from     INTEGER,
    error            TEXT,
    started_at       TIMESTAMP WITH TIME ZONE,
    finished_at      TIMESTAMP WITH TIME ZONE,
    PRIMARY KEY (run_id, trial_index)
);

CREATE INDEX run_trial_status ON run_trial (status);

-- Loss curves, appended in chunks as trials train: history entries first_epoch..last_epoch
-- (entry 0 is before training) as JSON arrays of numbers (null where not finite). A checkpoint
-- always ends a chunk, so a resumed trial drops the chunks after its checkpoint and writes them again.
CREATE TABLE run_points (
    run_id       VARCHAR(16)  NOT NULL,
    trial_index  INTEGER      NOT NULL,
    first_epoch  INTEGER      NOT NULL,
    last_epoch   INTEGER      NOT NULL,
    train_loss   TEXT         NOT NULL,
    test_loss    TEXT         NOT NULL,
    PRIMARY KEY (run_id, trial_index, first_epoch),
    FOREIGN KEY (run_id, trial_index) REFERENCES run_trial (run_id, trial_index) ON DELETE CASCADE
);
