-- H2 (the quick start only) has no SQL triggers; the application itself only ever inserts into audit_entry.
SELECT 1;
