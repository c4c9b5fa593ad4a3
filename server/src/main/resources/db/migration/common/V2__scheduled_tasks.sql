-- db-scheduler's table (com.github.kagkarlsson:db-scheduler): one row per scheduled execution,
-- shared by every server process on this database. The columns are the ones db-scheduler reads and
-- writes; portable SQL that H2 and PostgreSQL both run as written. Names are VARCHAR because H2
-- cannot index TEXT (a CLOB there); our instance ids are short ("<run id>:<trial>").
CREATE TABLE scheduled_tasks (
    task_name            VARCHAR(100)             NOT NULL,
    task_instance        VARCHAR(100)             NOT NULL,
    task_data            BYTEA,
    execution_time       TIMESTAMP WITH TIME ZONE NOT NULL,
    picked               BOOLEAN                  NOT NULL,
    -- The scheduler name of the process executing it (ours: host:pid).
    picked_by            VARCHAR(200),
    last_success         TIMESTAMP WITH TIME ZONE,
    last_failure         TIMESTAMP WITH TIME ZONE,
    consecutive_failures INTEGER,
    -- Renewed while executing; a stale heartbeat marks the execution dead, and another process revives it.
    last_heartbeat       TIMESTAMP WITH TIME ZONE,
    version              BIGINT                   NOT NULL,
    priority             SMALLINT,
    PRIMARY KEY (task_name, task_instance)
);

CREATE INDEX scheduled_tasks_execution_time ON scheduled_tasks (execution_time);
CREATE INDEX scheduled_tasks_last_heartbeat ON scheduled_tasks (last_heartbeat);
CREATE INDEX scheduled_tasks_priority ON scheduled_tasks (priority DESC, execution_time ASC);
