-- The checks across records (sql/processing/position-checks.sql) look up an investor's latest
-- earlier call, and the distributions since, by walking its fund's current records of a type newest
-- first: a cost per record that no longer grows with the fund's history.
CREATE INDEX notice_position_idx ON notice (fund_id, record_type, notice_date DESC, id DESC)
    WHERE superseded_at IS NULL;
