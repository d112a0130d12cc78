-- ShedLock's table: one row per scheduled job (deadline watch, weekly digest). A node runs a job only while it holds
-- the job's row (lock_until in the future), so nodes that share this database run each job once. The times are the
-- database's own clock (UTC on PostgreSQL), not the nodes'.
CREATE TABLE shedlock (
    name       VARCHAR(64)  NOT NULL,
    lock_until TIMESTAMP    NOT NULL,
    locked_at  TIMESTAMP    NOT NULL,
    locked_by  VARCHAR(255) NOT NULL,
    PRIMARY KEY (name)
);
