-- Fair queueing, storage quotas, and storage that stays proportional to the data. Portable SQL.
-- The client address (TCP peer) that submitted the run: queued trials and compute are limited per
-- address, and trials are scheduled round-robin between addresses. NULL for runs stored before.
ALTER TABLE run ADD COLUMN client VARCHAR(64);
-- The most bytes the run may store (curves, checkpoint, final states), reserved when it is accepted:
-- the total storage quota adds these up. 0 for runs stored before.
ALTER TABLE run ADD COLUMN storage BIGINT DEFAULT 0 NOT NULL;
CREATE INDEX run_client_status ON run (client, status);

-- A trial's large values, apart from its progress: its configuration and its state (a checkpoint
-- without the loss history while it runs, the whole final state once done). run_trial's row is
-- updated a few times a second while the trial trains; H2 rewrites the stored page of every row
-- it changes together with the values of the rows beside it, so large values there made every
-- progress write copy all the finished trials' states (a sweep filled gigabytes). Here they are
-- written only when a trial is created, checkpointed or finished.
CREATE TABLE run_trial_state (
    run_id       VARCHAR(16)  NOT NULL,
    trial_index  INTEGER      NOT NULL,
    config       TEXT         NOT NULL,
    snapshot     TEXT,
    PRIMARY KEY (run_id, trial_index),
    FOREIGN KEY (run_id, trial_index) REFERENCES run_trial (run_id, trial_index) ON DELETE CASCADE
);
INSERT INTO run_trial_state (run_id, trial_index, config, snapshot)
    SELECT run_id, trial_index, config, snapshot FROM run_trial;
-- run_trial.config and run_trial.snapshot are no longer read or written (kept empty: dropping
-- columns is not portable between the two databases' old versions).
UPDATE run_trial SET config = '', snapshot = NULL;
