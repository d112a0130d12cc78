-- The municipality's own decision on the pledge, when a body took one (e.g. kommunstyrelsen), recorded with its
-- signature: which body, on which day, and the municipality's registry number (diarienummer, e.g. KS 2026/123).
-- Municipal decisions are public records, so the public pages show it.
ALTER TABLE pledge ADD COLUMN municipal_decision_body VARCHAR(120);
ALTER TABLE pledge ADD COLUMN municipal_decision_on DATE;
ALTER TABLE pledge ADD COLUMN municipal_registry_number VARCHAR(50);
