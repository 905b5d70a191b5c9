-- Issue 16: since the two-level government (1 July 2025) the unit that resolves a dossier may differ from the unit
-- that received it (one-stop inter-linked, Decree 118/2025/NĐ-CP). Dossier events carry an optional resolvingUnit
-- (absent = the receiving unit resolves it) and dossier-resolved an optional supplementRequestCount (absent =
-- unknown) and stopped flag (absent = false). The dossier table of every generation keeps them as the events said
-- (null = not said); dossier-resolved's resolving unit wins over dossier-received's, as its due date does.
-- kpi_dossier gains the resolving unit (the receiving unit when none was said), the supplement count and the
-- stopped flag; kpi_dossier_by_resolving_unit is the same dossiers with the resolving unit in the unit_* columns,
-- so every figure can count by either unit with the same SQL and a dossier still appears once in each view.

-- V4's function stays the definition of a generation's tables; a generation now also gets the resolution columns.
alter function create_read_model_generation(int) rename to create_read_model_generation_v4;

create function add_dossier_resolving_unit_columns(gen int) returns void language plpgsql as $$
begin
    execute format($ddl$
        alter table %1$I.dossier
            add column if not exists resolving_unit_code           varchar(35),
            add column if not exists resolving_unit_name           varchar(300),
            add column if not exists resolving_unit_level          varchar(20),
            add column if not exists resolving_unit_ancestor_codes varchar(35)[],
            add column if not exists supplement_request_count      int,
            add column if not exists stopped                       boolean;
        create index if not exists dossier_resolving_unit_idx on %1$I.dossier (resolving_unit_code);
        $ddl$, 'read_model_' || gen);
end;
$$;

create function create_read_model_generation(gen int) returns void language plpgsql as $$
begin
    perform create_read_model_generation_v4(gen);
    perform add_dossier_resolving_unit_columns(gen);
end;
$$;

-- V4's views, kpi_dossier with the resolution columns at its end, and the view by resolving unit. All of them again,
-- not V4's function and then kpi_dossier: a view cannot lose columns, so V4's kpi_dossier would fail once V5's exists.
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
                   coalesce(d.electronic_result_issued, false) as electronic_result_issued,
                   coalesce(d.resolving_unit_code, d.unit_code) as resolving_unit_code,
                   case when d.resolving_unit_code is null then d.unit_name
                        else coalesce(d.resolving_unit_name, ru.unit_name) end as resolving_unit_name,
                   case when d.resolving_unit_code is null then d.unit_level
                        else coalesce(d.resolving_unit_level, ru.unit_level) end as resolving_unit_level,
                   case when d.resolving_unit_code is null then
                            case when cardinality(d.unit_ancestor_codes) > 0 then d.unit_ancestor_codes
                                 else coalesce(u.unit_ancestor_codes, '{}') end
                        when cardinality(d.resolving_unit_ancestor_codes) > 0 then d.resolving_unit_ancestor_codes
                        else coalesce(ru.unit_ancestor_codes, '{}') end as resolving_unit_ancestor_codes,
                   d.supplement_request_count,
                   coalesce(d.stopped, false) as stopped
            from %1$I.dossier d
            left join %1$I.unit u on u.unit_code = d.unit_code
            left join %1$I.unit ru on ru.unit_code = d.resolving_unit_code;
        create or replace view public.kpi_dossier_by_resolving_unit as
            select dossier_id, receipt_code, resolving_unit_code as unit_code, resolving_unit_name as unit_name,
                   resolving_unit_level as unit_level, resolving_unit_ancestor_codes as unit_ancestor_codes,
                   procedure_code, procedure_name, field_code, field_name, channel, online_level,
                   received_at, due_at, processing_working_days, outcome, resolved_at, timeliness,
                   working_days_taken, file_count, digitised_component_count, reused_component_count,
                   electronic_result_issued, unit_code as receiving_unit_code, supplement_request_count, stopped
            from public.kpi_dossier;
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
-- The events already applied did not carry the fields: absent is what they said.
select add_dossier_resolving_unit_columns(cast(substring(nspname from 'read_model_([0-9]+)') as int))
from pg_namespace where nspname ~ '^read_model_[0-9]+$';
select activate_read_model_generation(generation) from read_model_generation;
