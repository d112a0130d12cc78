-- A pledge targets a place, a group of people (e.g. young people with early criminal behaviour), or both: the group
-- it targets, when it targets one. The area stays the pledge's geography (a place, or the whole municipality).
ALTER TABLE pledge ADD COLUMN target_group VARCHAR(500);
