-- Public tracking throttle per client, and no readable survey token at rest.

-- Failed public lookups are counted per client address, over all receipt codes (receipt_code '') and per receipt
-- code, so that only the client that failed is throttled: counting per code alone let anyone lock a citizen out
-- of tracking by guessing on the citizen's code. The counts of the old layout (per code, per client) are dropped
-- with it; they lived for one window (15 minutes) anyway.
drop table tracking_failure;
create table tracking_failure (
    client       varchar(100) not null,
    receipt_code varchar(60)  not null,
    window_start timestamptz  not null,
    failures     integer      not null check (failures > 0),
    primary key (client, receipt_code)
);
create index tracking_failure_window on tracking_failure (window_start);

-- The survey token was copied readable into dossier (V6) by a trigger on the dossier-received outbox row. Intake
-- now stores it sealed (AES-GCM) under a key derived from the lookup secret, which itself is kept only as a hash,
-- so the database alone does not reveal it; a slip printed with the lookup secret unseals it. Tokens of earlier
-- dossiers cannot be sealed here (their lookup secrets are not known): their slips print without the survey code.
drop trigger outbox_event_keep_survey_token on outbox_event;
drop function dossier_keep_survey_token();
alter table dossier drop column survey_token;
alter table dossier add column survey_token_sealed bytea;
