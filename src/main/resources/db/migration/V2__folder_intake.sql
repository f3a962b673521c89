-- Folder (and later SFTP) intake: the shared idempotent repository that lets several hub
-- instances watch one folder without two of them reading the same file (Camel's
-- JdbcMessageIdRepository; its SQL names these columns unquoted, hence the plain names).
CREATE TABLE camel_messageprocessed (
    processorname  VARCHAR(255)  NOT NULL,
    messageid      VARCHAR(1024) NOT NULL,
    createdat      TIMESTAMP     NOT NULL,
    PRIMARY KEY (processorname, messageid)
);

-- Findings that do not reject a submission but that the publisher should see, such as a text
-- cell that starts like a spreadsheet formula.
ALTER TABLE submission ADD COLUMN warnings JSONB NOT NULL DEFAULT '[]';
