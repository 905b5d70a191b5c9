-- The outbox moves to the shared relay (module motcua-outbox), which works on the layout the dossier service's
-- outbox already has: the Kafka key is the aggregate id (uuid), and each marking counts an attempt.
-- Every key written so far is a UUID in text (a dossier id or a kiosk response id), so the conversion keeps every
-- row; unsent rows stay unsent and the relay publishes them with their event ids unchanged.
alter table outbox_event rename column record_key to aggregate_id;
alter table outbox_event alter column aggregate_id type uuid using aggregate_id::uuid;
alter table outbox_event add column attempts integer not null default 0;

-- the relay keeps one aggregate's events in order across instances: it looks for earlier unsent rows of the same
-- aggregate
create index outbox_event_unsent_aggregate on outbox_event (aggregate_id, id) where sent_at is null;
