-- The bytes of each attachment (V21), apart from its description so that lists never read them. BYTEA here, BLOB on H2.
CREATE TABLE attachment_content (
    attachment_id BIGINT NOT NULL PRIMARY KEY REFERENCES attachment (id),
    content       BYTEA  NOT NULL
);
