-- Issue 17: KPIs whose cost does not grow with history. Every generation gains aggregates of its dossiers and survey
-- responses, kept by the consumers in the transaction that applies the events, and built whole by a replay:
--
--   kpi_dossier_slice      one row per combination of the dimensions a figure can filter or group by, in three
--                          cubes: D (detail) receiving and resolving unit as the dossier row carries them, channel,
--                          procedure and field; R the receiving unit and channel; S the resolving unit (the
--                          receiving one when none is named, as kpi_dossier_by_resolving_unit has it) and channel. A
--                          figure over units for one role reads its coarse cube: a few hundred slices for a province
--                          instead of tens of thousands.
--   kpi_dossier_fact       counts per slice and business day (grain D) and month (grain M, day = its first day):
--                          received on that day; resolved, withdrawn and closed on it; became and stopped being
--                          overdue on it. Figures over a period add the rows of its days and months; dossiers still
--                          pending at a period's end are those received before it less those closed before it.
--   kpi_dossier_days_taken per slice, day and working-day value, the dossiers resolved (APPROVED or REJECTED) that took
--                          it: an exact histogram, so the mean, median and 90th percentile stay exact.
--   kpi_survey_slice, kpi_survey_fact, kpi_survey_group_fact   the same for survey responses, per submission day.
--
-- Rows are deltas: a live batch appends, for each dossier it changes, the dossier's contributions before the change
-- with sign -1 and after it with sign +1; nothing is updated in place, so concurrent consumers never wait for each
-- other's rows or deadlock on them. compact_kpi_aggregates folds a key's rows into one (compacted = true), often.
-- Days are calendar days in Asia/Ho_Chi_Minh, the zone of every period and bucket. A dossier's closing day is the
-- later of its receipt and its resolution or withdrawal. Overdue at the end E of a past period means received, due
-- and not closed before E: +1 on the later of the receipt and due days, -1 on the later of those and the closing
-- day. The overdue count of a period that ends after today's midnight depends on the time of day: the service
-- counts it from the dossiers still open (dossier_open_idx). Facts are read through their slices (slice, grain, day):
-- a key per slice is cheaper to keep on every append than a second index by day.

create function add_kpi_aggregate_tables(gen int) returns void language plpgsql as $$
begin
    execute format($ddl$
        create table if not exists %1$I.kpi_dossier_slice (
            slice_id                      int           generated always as identity primary key,
            dims_hash                     uuid          not null unique,
            cube                          char(1)       not null check (cube in ('D', 'R', 'S')),
            unit_code                     varchar(35)   not null,
            unit_name                     varchar(300),
            unit_level                    varchar(20),
            unit_ancestor_codes           varchar(35)[] not null,
            resolving_unit_code           varchar(35),
            resolving_unit_name           varchar(300),
            resolving_unit_level          varchar(20),
            resolving_unit_ancestor_codes varchar(35)[],
            channel                       varchar(20)   not null,
            procedure_code                varchar(30),
            procedure_name                varchar(1000),
            field_code                    varchar(20),
            field_name                    varchar(300)
        );
        create table if not exists %1$I.kpi_dossier_fact (
            slice_id                         int     not null,
            grain                            char(1) not null check (grain in ('D', 'M')),
            day                              date    not null,
            compacted                        boolean not null,
            received                         int     not null,
            offered_online                   int     not null,
            files                            bigint  not null,
            received_with_digitised          int     not null,
            reused_components                bigint  not null,
            received_with_reused             int     not null,
            early                            int     not null,
            on_time                          int     not null,
            late                             int     not null,
            approved                         int     not null,
            rejected                         int     not null,
            withdrawn                        int     not null,
            electronic_results               int     not null,
            digitised_with_electronic_result int     not null,
            processed_on_time_766            int     not null,
            late_for_supplement_requests     int     not null,
            closed                           int     not null,
            overdue_in                       int     not null,
            overdue_out                      int     not null
        );
        create index if not exists kpi_dossier_fact_slice_idx on %1$I.kpi_dossier_fact (slice_id, grain, day);
        create index if not exists kpi_dossier_fact_fresh_idx on %1$I.kpi_dossier_fact (slice_id, grain, day)
            where not compacted;
        create table if not exists %1$I.kpi_dossier_days_taken (
            slice_id     int     not null,
            grain        char(1) not null check (grain in ('D', 'M')),
            day          date    not null,
            working_days int     not null,
            compacted    boolean not null,
            dossiers     int     not null
        );
        create index if not exists kpi_dossier_days_taken_slice_idx
            on %1$I.kpi_dossier_days_taken (slice_id, grain, day);
        create index if not exists kpi_dossier_days_taken_fresh_idx
            on %1$I.kpi_dossier_days_taken (slice_id, grain, day, working_days) where not compacted;
        create table if not exists %1$I.kpi_survey_slice (
            slice_id            int           generated always as identity primary key,
            dims_hash           uuid          not null unique,
            detail              boolean       not null,
            unit_code           varchar(35)   not null,
            unit_name           varchar(300),
            unit_ancestor_codes varchar(35)[] not null,
            channel             varchar(20),
            procedure_code      varchar(30),
            procedure_name      varchar(1000),
            field_code          varchar(20)
        );
        create table if not exists %1$I.kpi_survey_fact (
            slice_id  int     not null,
            grain     char(1) not null check (grain in ('D', 'M')),
            day       date    not null,
            compacted boolean not null,
            responses int     not null,
            answers   bigint  not null,
            satisfied bigint  not null
        );
        create index if not exists kpi_survey_fact_slice_idx on %1$I.kpi_survey_fact (slice_id, grain, day);
        create index if not exists kpi_survey_fact_fresh_idx on %1$I.kpi_survey_fact (slice_id, grain, day)
            where not compacted;
        create table if not exists %1$I.kpi_survey_group_fact (
            slice_id   int         not null,
            grain      char(1)     not null check (grain in ('D', 'M')),
            day        date        not null,
            group_code varchar(40) not null,
            compacted  boolean     not null,
            responses  int         not null,
            answers    bigint      not null,
            satisfied  bigint      not null
        );
        create index if not exists kpi_survey_group_fact_slice_idx
            on %1$I.kpi_survey_group_fact (slice_id, grain, day);
        create index if not exists kpi_survey_group_fact_fresh_idx
            on %1$I.kpi_survey_group_fact (slice_id, grain, day, group_code) where not compacted;
        create index if not exists dossier_open_idx on %1$I.dossier (received_at) where resolved_at is null;
        $ddl$, 'read_model_' || gen);
end;
$$;

-- The one definition of a dossier's contributions. ids null: every dossier of the generation, written compacted (a
-- replay's or this migration's build); else those dossiers, with sign -1 (before a change) or +1 (after it).
create function apply_kpi_dossiers(gen int, ids uuid[], sign int) returns void language plpgsql as $$
declare
    -- the dossiers concerned, each with the keys of its detail and coarse slices
    changed constant text := format($sql$(
        select d.*,
               md5(row(true, d.unit_code, d.unit_name, d.unit_level, d.unit_ancestor_codes, d.resolving_unit_code,
                       d.resolving_unit_name, d.resolving_unit_level, d.resolving_unit_ancestor_codes, d.channel,
                       d.procedure_code, d.procedure_name, d.field_code, d.field_name)::text)::uuid as detail_hash,
               md5(row('R', d.unit_code, d.unit_name, d.unit_level, d.unit_ancestor_codes,
                       d.channel)::text)::uuid as receiving_hash,
               md5(row('S', coalesce(d.resolving_unit_code, d.unit_code), r.unit_name, r.unit_level,
                       r.unit_ancestor_codes, d.channel)::text)::uuid as resolving_hash,
               r.unit_name as resolving_name, r.unit_level as resolving_level,
               r.unit_ancestor_codes as resolving_ancestors,
               (d.received_at at time zone 'Asia/Ho_Chi_Minh')::date as received_day,
               case when d.resolved_at is not null
                    then greatest((d.received_at at time zone 'Asia/Ho_Chi_Minh')::date,
                                  (d.resolved_at at time zone 'Asia/Ho_Chi_Minh')::date) end as closed_day
        from %1$I.dossier d
        -- the resolving unit's columns, the receiving unit's when none is named
        cross join lateral (select
            case when d.resolving_unit_code is null then d.unit_name else d.resolving_unit_name end as unit_name,
            case when d.resolving_unit_code is null then d.unit_level else d.resolving_unit_level end as unit_level,
            case when d.resolving_unit_code is null then d.unit_ancestor_codes
                 else d.resolving_unit_ancestor_codes end as unit_ancestor_codes) r
        where $1 is null or d.dossier_id = any($1))$sql$, 'read_model_' || gen);
    present boolean;
begin
    if ids is not null then -- a batch's new dossiers have nothing to retract: skip the statements below
        execute format('select exists (select from %1$I.dossier where dossier_id = any($1))', 'read_model_' || gen)
            into present using ids;
        if not present then
            return;
        end if;
    end if;
    execute format($sql$
        insert into %1$I.kpi_dossier_slice (dims_hash, cube, unit_code, unit_name, unit_level, unit_ancestor_codes,
            resolving_unit_code, resolving_unit_name, resolving_unit_level, resolving_unit_ancestor_codes, channel,
            procedure_code, procedure_name, field_code, field_name)
        select distinct on (s.h) s.*
        from %2$s d
        cross join lateral (values
            (d.detail_hash, 'D', d.unit_code, d.unit_name, d.unit_level, d.unit_ancestor_codes, d.resolving_unit_code,
             d.resolving_unit_name, d.resolving_unit_level, d.resolving_unit_ancestor_codes, d.channel,
             d.procedure_code, d.procedure_name, d.field_code, d.field_name),
            (d.receiving_hash, 'R', d.unit_code, d.unit_name, d.unit_level, d.unit_ancestor_codes, null, null, null,
             null, d.channel, null, null, null, null),
            -- both units the resolving one, so the view by resolving unit reads it as a named resolving unit
            (d.resolving_hash, 'S', coalesce(d.resolving_unit_code, d.unit_code), d.resolving_name, d.resolving_level,
             coalesce(d.resolving_ancestors, '{}'), coalesce(d.resolving_unit_code, d.unit_code), d.resolving_name,
             d.resolving_level, d.resolving_ancestors, d.channel, null, null, null, null))
            as s(h, cube, unit_code, unit_name, unit_level, unit_ancestor_codes, resolving_unit_code,
                 resolving_unit_name, resolving_unit_level, resolving_unit_ancestor_codes, channel, procedure_code,
                 procedure_name, field_code, field_name)
        order by s.h
        on conflict (dims_hash) do nothing
        $sql$, 'read_model_' || gen, changed) using ids;
    execute format($sql$
        with d as (
            select x.*, case when x.closed_day is not null then greatest(x.overdue_from, x.closed_day) end as overdue_to
            from (
                select c.detail_hash, c.receiving_hash, c.resolving_hash, c.outcome, c.timeliness, c.online_level, c.received_day,
                       c.closed_day, coalesce(c.supplement_request_count, 0) as supplement_requests,
                       coalesce(c.electronic_result_issued, false) as electronic_result,
                       coalesce(c.resolved_file_count, c.received_file_count, 0) as files,
                       coalesce(c.resolved_digitised_component_count, c.received_digitised_component_count, 0)
                           as digitised,
                       coalesce(c.resolved_reused_component_count, c.received_reused_component_count, 0) as reused,
                       greatest(c.received_day, (c.due_at at time zone 'Asia/Ho_Chi_Minh')::date) as overdue_from
                from %2$s c) x),
        point as (
            select d.*, p.kind, p.day, cast(date_trunc('month', p.day) as date) as month
            from d cross join lateral (values ('R', d.received_day), ('C', d.closed_day),
                ('I', case when d.overdue_to is null or d.overdue_to > d.overdue_from then d.overdue_from end),
                ('O', case when d.overdue_to > d.overdue_from then d.overdue_to end)) as p(kind, day)
            where p.day is not null),
        delta as (
            select coalesce(detail_hash, receiving_hash, resolving_hash) as h,
                   case when grouping(day) = 0 then 'D' else 'M' end as grain, coalesce(day, month) as fact_day,
                   count(*) filter (where kind = 'R') as received,
                   count(*) filter (where kind = 'R' and online_level in ('FULL', 'PARTIAL')) as offered_online,
                   coalesce(sum(files) filter (where kind = 'R'), 0) as files,
                   count(*) filter (where kind = 'R' and digitised > 0) as received_with_digitised,
                   coalesce(sum(reused) filter (where kind = 'R'), 0) as reused_components,
                   count(*) filter (where kind = 'R' and reused > 0) as received_with_reused,
                   count(*) filter (where kind = 'C' and outcome in ('APPROVED', 'REJECTED') and timeliness = 'EARLY')
                       as early,
                   count(*) filter (where kind = 'C' and outcome in ('APPROVED', 'REJECTED')
                                    and timeliness = 'ON_TIME') as on_time,
                   count(*) filter (where kind = 'C' and outcome in ('APPROVED', 'REJECTED') and timeliness = 'LATE')
                       as late,
                   count(*) filter (where kind = 'C' and outcome = 'APPROVED') as approved,
                   count(*) filter (where kind = 'C' and outcome = 'REJECTED') as rejected,
                   count(*) filter (where kind = 'C' and outcome = 'WITHDRAWN') as withdrawn,
                   count(*) filter (where kind = 'C' and outcome in ('APPROVED', 'REJECTED') and electronic_result)
                       as electronic_results,
                   count(*) filter (where kind = 'C' and outcome in ('APPROVED', 'REJECTED') and electronic_result
                                    and digitised > 0) as digitised_with_electronic_result,
                   -- Decision 766: processed = resolved or withdrawn; more than one supplement request is late
                   count(*) filter (where kind = 'C' and outcome in ('APPROVED', 'REJECTED', 'WITHDRAWN')
                                    and timeliness in ('EARLY', 'ON_TIME') and supplement_requests <= 1)
                       as processed_on_time_766,
                   count(*) filter (where kind = 'C' and outcome in ('APPROVED', 'REJECTED', 'WITHDRAWN')
                                    and timeliness in ('EARLY', 'ON_TIME') and supplement_requests > 1)
                       as late_for_supplement_requests,
                   count(*) filter (where kind = 'C') as closed,
                   count(*) filter (where kind = 'I') as overdue_in,
                   count(*) filter (where kind = 'O') as overdue_out
            from point
            group by grouping sets ((detail_hash, day), (receiving_hash, day), (resolving_hash, day),
                                    (detail_hash, month), (receiving_hash, month), (resolving_hash, month)))
        insert into %1$I.kpi_dossier_fact (slice_id, grain, day, compacted, received, offered_online, files,
            received_with_digitised, reused_components, received_with_reused, early, on_time, late, approved,
            rejected, withdrawn, electronic_results, digitised_with_electronic_result, processed_on_time_766,
            late_for_supplement_requests, closed, overdue_in, overdue_out)
        select s.slice_id, x.grain, x.fact_day, $1 is null, $2 * x.received, $2 * x.offered_online, $2 * x.files,
               $2 * x.received_with_digitised, $2 * x.reused_components, $2 * x.received_with_reused, $2 * x.early,
               $2 * x.on_time, $2 * x.late, $2 * x.approved, $2 * x.rejected, $2 * x.withdrawn,
               $2 * x.electronic_results, $2 * x.digitised_with_electronic_result, $2 * x.processed_on_time_766,
               $2 * x.late_for_supplement_requests, $2 * x.closed, $2 * x.overdue_in, $2 * x.overdue_out
        from delta x join %1$I.kpi_dossier_slice s on s.dims_hash = x.h
        $sql$, 'read_model_' || gen, changed) using ids, sign;
    execute format($sql$
        with d as (
            select c.detail_hash, c.receiving_hash, c.resolving_hash, c.working_days_taken, c.closed_day as day,
                   cast(date_trunc('month', c.closed_day) as date) as month
            from %2$s c
            where c.outcome in ('APPROVED', 'REJECTED') and c.closed_day is not null
              and c.working_days_taken is not null),
        delta as (
            select coalesce(detail_hash, receiving_hash, resolving_hash) as h,
                   case when grouping(day) = 0 then 'D' else 'M' end as grain, coalesce(day, month) as fact_day,
                   working_days_taken, count(*) as dossiers
            from d
            group by grouping sets ((detail_hash, day, working_days_taken), (receiving_hash, day, working_days_taken),
                                    (resolving_hash, day, working_days_taken), (detail_hash, month, working_days_taken),
                                    (receiving_hash, month, working_days_taken),
                                    (resolving_hash, month, working_days_taken)))
        insert into %1$I.kpi_dossier_days_taken (slice_id, grain, day, working_days, compacted, dossiers)
        select s.slice_id, x.grain, x.fact_day, x.working_days_taken, $1 is null, $2 * x.dossiers
        from delta x join %1$I.kpi_dossier_slice s on s.dims_hash = x.h
        $sql$, 'read_model_' || gen, changed) using ids, sign;
end;
$$;

-- The one definition of a survey response's contributions: the responses of dossier_ids and those of response_ids
-- (both null: every response, written compacted). A response counts for its unit and the field of its dossier, so
-- a change of a dossier moves its responses too.
create function apply_kpi_responses(gen int, dossier_ids uuid[], response_ids uuid[], sign int)
    returns void language plpgsql as $$
declare
    changed constant text := format($sql$(
        select x.*,
               md5(row(true, x.unit_code, x.unit_name, x.unit_ancestor_codes, x.channel, x.procedure_code,
                       x.procedure_name, x.field_code)::text)::uuid as detail_hash,
               md5(row(false, x.unit_code, x.unit_name, x.unit_ancestor_codes, x.channel)::text)::uuid as coarse_hash,
               cast(date_trunc('month', x.day) as date) as month
        from (
            select r.response_id, r.unit_code, r.unit_name,
                   case when cardinality(r.unit_ancestor_codes) > 0 then r.unit_ancestor_codes
                        when cardinality(d.unit_ancestor_codes) > 0 then d.unit_ancestor_codes
                        else cast('{}' as varchar(35)[]) end as unit_ancestor_codes,
                   r.channel, r.procedure_code, r.procedure_name, d.field_code,
                   (r.submitted_at at time zone 'Asia/Ho_Chi_Minh')::date as day
            from %1$I.survey_response r
            left join %1$I.dossier d on d.dossier_id = r.dossier_id
            where ($1 is null and $2 is null) or r.dossier_id = any($1) or r.response_id = any($2)) x)$sql$,
        'read_model_' || gen);
    present boolean;
begin
    if dossier_ids is not null or response_ids is not null then -- most dossier batches touch no response
        execute format('select exists (select from %1$I.survey_response where dossier_id = any($1) '
                       'or response_id = any($2))', 'read_model_' || gen)
            into present using dossier_ids, response_ids;
        if not present then
            return;
        end if;
    end if;
    execute format($sql$
        insert into %1$I.kpi_survey_slice (dims_hash, detail, unit_code, unit_name, unit_ancestor_codes, channel,
            procedure_code, procedure_name, field_code)
        select distinct on (s.h) s.*
        from %2$s r
        cross join lateral (values
            (r.detail_hash, true, r.unit_code, r.unit_name, r.unit_ancestor_codes, r.channel, r.procedure_code,
             r.procedure_name, r.field_code),
            (r.coarse_hash, false, r.unit_code, r.unit_name, r.unit_ancestor_codes, r.channel, null, null, null))
            as s(h, detail, unit_code, unit_name, unit_ancestor_codes, channel, procedure_code, procedure_name,
                 field_code)
        order by s.h
        on conflict (dims_hash) do nothing
        $sql$, 'read_model_' || gen, changed) using dossier_ids, response_ids;
    execute format($sql$
        with delta as (
            select coalesce(detail_hash, coarse_hash) as h,
                   case when grouping(day) = 0 then 'D' else 'M' end as grain, coalesce(day, month) as fact_day,
                   count(*) as responses, coalesce(sum(g.answered), 0) as answers,
                   coalesce(sum(g.satisfied), 0) as satisfied
            from %2$s r
            cross join lateral (select sum(s.answered) as answered, sum(s.satisfied) as satisfied
                                from %1$I.survey_group_score s where s.response_id = r.response_id) g
            group by grouping sets ((detail_hash, day), (coarse_hash, day), (detail_hash, month), (coarse_hash, month)))
        insert into %1$I.kpi_survey_fact (slice_id, grain, day, compacted, responses, answers, satisfied)
        select s.slice_id, x.grain, x.fact_day, $1 is null and $2 is null, $3 * x.responses, $3 * x.answers,
               $3 * x.satisfied
        from delta x join %1$I.kpi_survey_slice s on s.dims_hash = x.h
        $sql$, 'read_model_' || gen, changed) using dossier_ids, response_ids, sign;
    execute format($sql$
        with delta as (
            select coalesce(detail_hash, coarse_hash) as h,
                   case when grouping(day) = 0 then 'D' else 'M' end as grain, coalesce(day, month) as fact_day,
                   g.group_code, count(*) as responses, sum(g.answered) as answers, sum(g.satisfied) as satisfied
            from %2$s r
            join %1$I.survey_group_score g on g.response_id = r.response_id
            group by grouping sets ((detail_hash, day, g.group_code), (coarse_hash, day, g.group_code),
                                    (detail_hash, month, g.group_code), (coarse_hash, month, g.group_code)))
        insert into %1$I.kpi_survey_group_fact (slice_id, grain, day, group_code, compacted, responses, answers,
            satisfied)
        select s.slice_id, x.grain, x.fact_day, x.group_code, $1 is null and $2 is null, $3 * x.responses,
               $3 * x.answers, $3 * x.satisfied
        from delta x join %1$I.kpi_survey_slice s on s.dims_hash = x.h
        $sql$, 'read_model_' || gen, changed) using dossier_ids, response_ids, sign;
end;
$$;

-- Folds the delta rows of up to max_keys keys of one aggregate table into one compacted row each, in one statement:
-- a row is deleted and its sum inserted together, and a second compactor skips the rows the first deleted.
create function compact_kpi_table(gen int, tab text, keys text[], measures text[], max_keys int)
    returns bigint language plpgsql as $$
declare
    folded bigint;
begin
    execute format($sql$
        with k as (select distinct %3$s from %1$I.%2$I where not compacted limit %4$s),
        gone as (delete from %1$I.%2$I f using k where %5$s returning f.*),
        summed as (insert into %1$I.%2$I (%3$s, compacted, %6$s)
                   select %3$s, true, %7$s from gone group by %3$s returning 1)
        select count(*) from gone$sql$,
        'read_model_' || gen, tab, array_to_string(keys, ', '), max_keys,
        (select string_agg(format('f.%1$I = k.%1$I', key), ' and ') from unnest(keys) key),
        array_to_string(measures, ', '),
        (select string_agg(format('sum(%1$I)', m), ', ') from unnest(measures) m)) into folded;
    return folded;
end;
$$;

create function compact_kpi_aggregates(gen int, max_keys int) returns bigint language plpgsql as $$
begin
    return compact_kpi_table(gen, 'kpi_dossier_fact', array['slice_id', 'grain', 'day'],
               array['received', 'offered_online', 'files', 'received_with_digitised', 'reused_components',
                     'received_with_reused', 'early', 'on_time', 'late', 'approved', 'rejected', 'withdrawn',
                     'electronic_results', 'digitised_with_electronic_result', 'processed_on_time_766',
                     'late_for_supplement_requests', 'closed', 'overdue_in', 'overdue_out'], max_keys)
         + compact_kpi_table(gen, 'kpi_dossier_days_taken', array['slice_id', 'grain', 'day', 'working_days'],
               array['dossiers'], max_keys)
         + compact_kpi_table(gen, 'kpi_survey_fact', array['slice_id', 'grain', 'day'],
               array['responses', 'answers', 'satisfied'], max_keys)
         + compact_kpi_table(gen, 'kpi_survey_group_fact', array['slice_id', 'grain', 'day', 'group_code'],
               array['responses', 'answers', 'satisfied'], max_keys);
end;
$$;

-- V5's functions stay the definition of a generation's tables and views; a generation now also has its aggregates.
alter function create_read_model_generation(int) rename to create_read_model_generation_v5;
alter function activate_read_model_generation(int) rename to activate_read_model_generation_v5;

create function create_read_model_generation(gen int) returns void language plpgsql as $$
begin
    perform create_read_model_generation_v5(gen);
    perform add_kpi_aggregate_tables(gen);
end;
$$;

-- The slices by either role carry the same columns as kpi_dossier and kpi_dossier_by_resolving_unit, with the same
-- fallbacks to the unit table, so a figure filters and groups slices with the SQL it would use on dossiers.
create function activate_read_model_generation(gen int) returns void language plpgsql as $$
begin
    perform activate_read_model_generation_v5(gen);
    execute format($ddl$
        create or replace view public.kpi_dossier_slice as
            select s.slice_id, s.cube = 'D' as detail, s.unit_code, s.unit_name, s.unit_level,
                   case when cardinality(s.unit_ancestor_codes) > 0 then s.unit_ancestor_codes
                        else coalesce(u.unit_ancestor_codes, '{}') end as unit_ancestor_codes,
                   s.procedure_code, s.procedure_name, s.field_code, s.field_name, s.channel
            from %1$I.kpi_dossier_slice s
            left join %1$I.unit u on u.unit_code = s.unit_code
            where s.cube in ('D', 'R');
        create or replace view public.kpi_dossier_slice_by_resolving_unit as
            select s.slice_id, s.cube = 'D' as detail, coalesce(s.resolving_unit_code, s.unit_code) as unit_code,
                   case when s.resolving_unit_code is null then s.unit_name
                        else coalesce(s.resolving_unit_name, ru.unit_name) end as unit_name,
                   case when s.resolving_unit_code is null then s.unit_level
                        else coalesce(s.resolving_unit_level, ru.unit_level) end as unit_level,
                   case when s.resolving_unit_code is null then
                            case when cardinality(s.unit_ancestor_codes) > 0 then s.unit_ancestor_codes
                                 else coalesce(u.unit_ancestor_codes, '{}') end
                        when cardinality(s.resolving_unit_ancestor_codes) > 0 then s.resolving_unit_ancestor_codes
                        else coalesce(ru.unit_ancestor_codes, '{}') end as unit_ancestor_codes,
                   s.procedure_code, s.procedure_name, s.field_code, s.field_name, s.channel
            from %1$I.kpi_dossier_slice s
            left join %1$I.unit u on u.unit_code = s.unit_code
            left join %1$I.unit ru on ru.unit_code = s.resolving_unit_code
            where s.cube in ('D', 'S');
        create or replace view public.kpi_dossier_fact as select * from %1$I.kpi_dossier_fact;
        create or replace view public.kpi_dossier_days_taken as select * from %1$I.kpi_dossier_days_taken;
        create or replace view public.kpi_survey_slice as
            select s.slice_id, s.detail, s.unit_code, s.unit_name,
                   case when cardinality(s.unit_ancestor_codes) > 0 then s.unit_ancestor_codes
                        else coalesce(u.unit_ancestor_codes, '{}') end as unit_ancestor_codes,
                   s.channel, s.procedure_code, s.procedure_name, s.field_code
            from %1$I.kpi_survey_slice s
            left join %1$I.unit u on u.unit_code = s.unit_code;
        create or replace view public.kpi_survey_fact as select * from %1$I.kpi_survey_fact;
        create or replace view public.kpi_survey_group_fact as select * from %1$I.kpi_survey_group_fact;
        $ddl$, 'read_model_' || gen);
end;
$$;

-- Every generation there is gets its aggregates, built from what it holds; then the views of the active one.
do $$
declare
    gen int;
begin
    for gen in select cast(substring(nspname from 'read_model_([0-9]+)') as int)
               from pg_namespace where nspname ~ '^read_model_[0-9]+$' loop
        perform add_kpi_aggregate_tables(gen);
        perform apply_kpi_dossiers(gen, null, 1);
        perform apply_kpi_responses(gen, null, null, 1);
    end loop;
end;
$$;
select activate_read_model_generation(generation) from read_model_generation;
