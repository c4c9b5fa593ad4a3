-- H2 keeps TEXT (CHARACTER VARYING) values inside their rows, and writes a changed page whole:
-- every progress write then copied the curve stretches and states stored beside it, and the file
-- grew with the square of the data. Large objects are stored apart, written once, and their space
-- is reused once they are replaced or deleted. (PostgreSQL moves large TEXT values out of the row
-- by itself: its V5 is its own.)
ALTER TABLE run_points ALTER COLUMN train_loss SET DATA TYPE CHARACTER LARGE OBJECT;
ALTER TABLE run_points ALTER COLUMN test_loss SET DATA TYPE CHARACTER LARGE OBJECT;
ALTER TABLE run_trial_state ALTER COLUMN config SET DATA TYPE CHARACTER LARGE OBJECT;
ALTER TABLE run_trial_state ALTER COLUMN snapshot SET DATA TYPE CHARACTER LARGE OBJECT;
ALTER TABLE run ALTER COLUMN config SET DATA TYPE CHARACTER LARGE OBJECT;
ALTER TABLE run ALTER COLUMN grid SET DATA TYPE CHARACTER LARGE OBJECT;
