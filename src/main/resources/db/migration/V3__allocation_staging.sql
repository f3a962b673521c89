-- Allocations are streamed here with COPY, then moved into the typed allocation tables (and
-- investors and commitments upserted) by set-based INSERT ... SELECT, all in the transaction that
-- stores the notice; the rows are deleted before it commits. UNLOGGED: nothing here outlives a
-- transaction, so it needs no write-ahead log.
CREATE UNLOGGED TABLE staged_allocation (
    batch_id            UUID NOT NULL,
    source_row          INT NOT NULL,
    investor_code       TEXT NOT NULL,
    investor_name       TEXT,
    commitment          NUMERIC(22, 4),
    unfunded_after      NUMERIC(22, 4),
    amount              NUMERIC(22, 4) NOT NULL,
    investments         NUMERIC(22, 4),
    management_fees     NUMERIC(22, 4),
    fund_expenses       NUMERIC(22, 4),
    other_amount        NUMERIC(22, 4),
    return_of_capital   NUMERIC(22, 4),
    realized_gain       NUMERIC(22, 4),
    dividends_interest  NUMERIC(22, 4),
    withholding_tax     NUMERIC(22, 4),
    recallable          NUMERIC(22, 4)
);
CREATE INDEX staged_allocation_batch_idx ON staged_allocation (batch_id);
