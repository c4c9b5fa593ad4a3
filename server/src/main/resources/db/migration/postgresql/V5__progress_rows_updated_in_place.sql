-- A running trial's row in run_trial is updated a few times a second. Room left free in each page
-- lets PostgreSQL write the new version beside the old one (a HOT update, no index entries) and
-- prune the old one without waiting for VACUUM. (H2 needed other changes: its V5 is its own.)
ALTER TABLE run_trial SET (fillfactor = 50);
