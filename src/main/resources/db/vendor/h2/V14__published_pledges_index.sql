-- H2 (the quick start) has no partial indexes; the published pledges are found through their communication date.
CREATE INDEX pledge_communicated_idx ON pledge (communicated_on);
