-- Read model in generations (REPORTING-READ-MODEL.md): the tables of generation n live in schema read_model_<n>;
-- the public.kpi_* views read the active generation, so a rebuild fills read_model_<n+1> while n keeps
-- serving, then one transaction re-points the views. Readers use only the views.

-- The active generation. Live consumers read this row FOR SHARE in each projection transaction and write
-- into its schema; a rebuild takes it FOR UPDATE to switch, so no consumer writes a generation being retired.
create table read_model_generation (
    singleton    boolean     primary key default true check (singleton),
    generation   int         not null,
    activated_at timestamptz not null default now()
);

-- Rebuilds requested through the API; at most one RUNNING at a time.
create table read_model_rebuild (
    rebuild_id     uuid         primary key,
    generation     int          not null,
    state          varchar(20)  not null check (state in ('RUNNING', 'SWITCHED', 'FAILED')),
    requested_by   varchar(200),
    started_at     timestamptz  not null default now(),
    replayed_at    timestamptz,
    finished_at    timestamptz,
    events_read    bigint       not null default 0,
    events_applied bigint       not null default 0,
    events_invalid bigint       not null default 0,
    error          varchar(2000)
);
create unique index read_model_rebuild_one_running on read_model_rebuild ((true)) where state = 'RUNNING';

-- The tables of one generation. The only definition of them: V2 and every rebuild call it.
create function create_read_model_generation(gen int) returns void language plpgsql as $$
declare
    s text := 'read_model_' || gen;
begin
    execute format('create schema %I', s);
    execute format($ddl$
        create table %1$I.dossier (
            dossier_id              uuid          primary key,
            receipt_code            varchar(60)   not null,
            unit_code               varchar(35)   not null,
            unit_name               varchar(300)  not null,
            unit_level              varchar(20)   not null,
            unit_ancestor_codes     varchar(35)[] not null default '{}',
            procedure_code          varchar(30)   not null,
            procedure_name          varchar(1000) not null,
            field_code              varchar(20),
            field_name              varchar(300),
            channel                 varchar(20)   not null,
            online_level            varchar(20)   not null,
            received_at             timestamptz   not null,
            due_at                  timestamptz   not null,
            processing_working_days int,
            outcome                 varchar(20),
            resolved_at             timestamptz,
            timeliness              varchar(20),
            working_days_taken      int
        );
        create index on %1$I.dossier (received_at);
        create index on %1$I.dossier (unit_code, received_at);
        create index on %1$I.dossier (resolved_at);
        create index on %1$I.dossier using gin (unit_ancestor_codes);
        create table %1$I.survey_response (
            response_id           uuid          primary key,
            source                varchar(20)   not null,
            dossier_id            uuid,
            unit_code             varchar(35)   not null,
            unit_name             varchar(300),
            -- as the event carried them; the view falls back to the dossier's, then the unit's
            unit_ancestor_codes   varchar(35)[] not null default '{}',
            procedure_code        varchar(30),
            procedure_name        varchar(1000),
            channel               varchar(20),
            submitted_at          timestamptz   not null,
            questionnaire_version int           not null
        );
        create index on %1$I.survey_response (submitted_at);
        create index on %1$I.survey_response (dossier_id);
        create table %1$I.survey_group_score (
            response_id uuid        not null,
            group_code  varchar(40) not null,
            answered    int         not null,
            satisfied   int         not null,
            score_sum   int         not null,
            primary key (response_id, group_code)
        );
        create table %1$I.unit (
            unit_code           varchar(35)   primary key,
            unit_name           varchar(300),
            unit_level          varchar(20),
            unit_ancestor_codes varchar(35)[] not null default '{}',
            -- per column, the business time of the event it came from: "latest known" whatever the delivery order
            unit_name_at        timestamptz,
            unit_level_at       timestamptz,
            unit_ancestors_at   timestamptz
        );
        create table %1$I.processed_event (
            event_id     varchar(200) primary key,
            topic        varchar(200) not null,
            processed_at timestamptz  not null default now()
        );
        $ddl$, s);
end;
$$;

-- Points the public.kpi_* views at generation gen and records it as active, in the caller's transaction.
-- Derived columns are resolved here, at read time, so they do not depend on the order events arrived in:
-- a response's ancestors come from its event, else its dossier, else the unit table; its field from its dossier.
create function activate_read_model_generation(gen int) returns void language plpgsql as $$
declare
    s text := 'read_model_' || gen;
begin
    execute format($ddl$
        create or replace view public.kpi_dossier as
            select d.dossier_id, d.receipt_code, d.unit_code, d.unit_name, d.unit_level,
                   case when cardinality(d.unit_ancestor_codes) > 0 then d.unit_ancestor_codes
                        else coalesce(u.unit_ancestor_codes, '{}') end as unit_ancestor_codes,
                   d.procedure_code, d.procedure_name, d.field_code, d.field_name, d.channel, d.online_level,
                   d.received_at, d.due_at, d.processing_working_days, d.outcome, d.resolved_at, d.timeliness,
                   d.working_days_taken
            from %1$I.dossier d left join %1$I.unit u on u.unit_code = d.unit_code;
        create or replace view public.kpi_survey_response as
            select r.response_id, r.source, r.dossier_id, r.unit_code, r.unit_name,
                   case when cardinality(r.unit_ancestor_codes) > 0 then r.unit_ancestor_codes
                        when cardinality(d.unit_ancestor_codes) > 0 then d.unit_ancestor_codes
                        else coalesce(u.unit_ancestor_codes, '{}') end as unit_ancestor_codes,
                   r.procedure_code, r.procedure_name, d.field_code, r.channel, r.submitted_at,
                   r.questionnaire_version
            from %1$I.survey_response r
            left join %1$I.dossier d on d.dossier_id = r.dossier_id
            left join %1$I.unit u on u.unit_code = r.unit_code;
        create or replace view public.kpi_survey_group_score as
            select response_id, group_code, answered, satisfied, score_sum from %1$I.survey_group_score;
        create or replace view public.kpi_unit as
            select unit_code, unit_name, unit_level, unit_ancestor_codes from %1$I.unit;
        $ddl$, s);
    insert into public.read_model_generation (generation) values (gen)
        on conflict (singleton) do update set generation = excluded.generation, activated_at = now();
end;
$$;

select create_read_model_generation(1);
select activate_read_model_generation(1);

-- The V1 table lacked names and resolution data: generation 1 is filled by reading the topics from their
-- beginning under a new consumer group (application.properties), not by copying incomplete rows.
drop table received_dossier;
drop table processed_event;
