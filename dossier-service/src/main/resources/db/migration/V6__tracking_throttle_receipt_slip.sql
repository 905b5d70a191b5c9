-- Public tracking and the receipt slip.

-- Failed public lookups, counted per receipt code and per client address in fixed windows. Kept here, not in
-- a JVM, so every instance of the service sees the same counts; rows of windows that ended are deleted.
create table tracking_failure (
    scope        varchar(10)  not null check (scope in ('CODE', 'CLIENT')),
    subject      varchar(100) not null,
    window_start timestamptz  not null,
    failures     integer      not null check (failures > 0),
    primary key (scope, subject)
);
create index tracking_failure_window on tracking_failure (window_start);

-- The survey token, readable, so a receipt slip can be printed again: it is printed as a QR code and already
-- travels in clear in dossier-received (and in its outbox row), so keeping it here exposes nothing new.
alter table dossier add column survey_token varchar(64);

update dossier d
set survey_token = o.payload::jsonb ->> 'surveyToken'
from outbox_event o
where o.aggregate_id = d.id and o.type = 'vn.motcua.dossier.received.v1';

-- Intake writes the dossier and its dossier-received outbox row in one statement; the token is copied from that
-- row when the statement ends (an AFTER ROW trigger sees the whole statement's rows), so every intake path
-- stores it without intake knowing about slips.
create function dossier_keep_survey_token() returns trigger language plpgsql as $$
begin
    update dossier set survey_token = new.payload::jsonb ->> 'surveyToken'
    where id = new.aggregate_id and survey_token is null;
    return null;
end;
$$;

create trigger outbox_event_keep_survey_token
    after insert on outbox_event
    for each row
    when (new.type = 'vn.motcua.dossier.received.v1')
    execute function dossier_keep_survey_token();
