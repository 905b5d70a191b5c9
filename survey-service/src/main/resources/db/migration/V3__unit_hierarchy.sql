-- The unit hierarchy, learnt from the dossier events' unitAncestorCodes (the unit's parents at intake,
-- nearest first), so results can cover "a unit with its sub-units". Ancestors are stored on every survey
-- and response as they were when the dossier was received, so history stays where it happened even after
-- units merge; the unit table keeps the latest known parents (and name) of each unit for the kiosk
-- responses, which only know their own unit. NULL ancestors = not known (events from before the field).
create table unit (
    code            varchar(35)  primary key,
    name            varchar(500) not null,
    name_as_of      timestamptz  not null,
    ancestor_codes  text[],
    ancestors_as_of timestamptz
);

alter table survey add column unit_ancestor_codes text[];
alter table survey_response add column unit_ancestor_codes text[] not null default '{}';

-- "X or one of its sub-units": unit_code = X or unit_ancestor_codes @> array[X] (GIN-indexed).
create index survey_response_ancestors on survey_response using gin (unit_ancestor_codes);
create index survey_ancestors on survey using gin (unit_ancestor_codes);
