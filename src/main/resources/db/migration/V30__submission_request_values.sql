-- The values the request that sent a submission gave for its mapping's 'request' rules: an upload
-- to one company's payments endpoint (POST /companies/{id}/payments/upload) sends only the
-- payments, and the company, its fund and currency, the batch's reference and date come from the
-- request. Null for everything else. Kept with the raw input, so a re-run reads it the same way.
ALTER TABLE submission ADD COLUMN request_values JSONB;
