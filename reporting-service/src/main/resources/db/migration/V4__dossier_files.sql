-- Issue 15: dossier events carry optional counts of the dossier's component files and whether an electronic result
-- was issued. The dossier table of every generation gains them, as each event carried them (null = the event did
-- not say): dossier-received's counts at intake, dossier-resolved's at resolution and the electronic result flag.
-- kpi_dossier shows the latest known counts (resolution's, else intake's) with absent read as 0 and false.

-- V2's function stays the definition of a generation's tables; a generation now also gets the file columns.
alter function create_read_model_generation(int) rename to create_read_model_generation_v2;

create function add_dossier_file_columns(gen int) returns void language plpgsql as $$
begin
    execute format($ddl$
        alter table %1$I.dossier
            add column if not exists received_file_count                int,
            add column if not exists received_digitised_component_count int,
            add column if not exists received_reused_component_count    int,
            add column if not exists resolved_file_count                int,
            add column if not exists resolved_digitised_component_count int,
            add column if not exists resolved_reused_component_count    int,
            add column if not exists electronic_result_issued           boolean;
        $ddl$, 'read_model_' || gen);
end;
$$;

create function create_read_model_generation(gen int) returns void language plpgsql as $$
begin
    perform create_read_model_generation_v2(gen);
    perform add_dossier_file_columns(gen);
end;
$$;

-- V2's views, kpi_dossier with the file columns at its end.
create or replace function activate_read_model_generation(gen int) returns void language plpgsql as $$
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
                   d.working_days_taken,
                   coalesce(d.resolved_file_count, d.received_file_count, 0) as file_count,
                   coalesce(d.resolved_digitised_component_count, d.received_digitised_component_count, 0)
                       as digitised_component_count,
                   coalesce(d.resolved_reused_component_count, d.received_reused_component_count, 0)
                       as reused_component_count,
                   coalesce(d.electronic_result_issued, false) as electronic_result_issued
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

-- Every generation there is (the active one, and one a rebuild is filling), then the views of the active one.
-- The events already applied did not carry the counts: absent is what they said.
select add_dossier_file_columns(cast(substring(nspname from 'read_model_([0-9]+)') as int))
from pg_namespace where nspname ~ '^read_model_[0-9]+$';
select activate_read_model_generation(generation) from read_model_generation;
