-- The bytes of each attachment (V21), apart from its description so that lists never read them. BLOB here, BYTEA on
-- PostgreSQL.
CREATE TABLE attachment_content (
    attachment_id BIGINT NOT NULL PRIMARY KEY REFERENCES attachment (id),
    content       BLOB   NOT NULL
);
