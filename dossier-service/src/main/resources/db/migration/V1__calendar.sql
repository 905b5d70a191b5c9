-- The working-day calendar is data: the government fixes each year's holidays, compensatory days
-- off and swapped working Saturdays. A year stored here is the official schedule for that year.
create table calendar_year (
    year       integer      primary key check (year between 2000 and 2100),
    updated_at timestamptz  not null default now(),
    updated_by varchar(200) not null,
    version    integer      not null default 0
);

create table calendar_day (
    day  date         primary key,
    year integer      not null references calendar_year (year) on delete cascade,
    kind varchar(30)  not null check (kind in ('HOLIDAY', 'COMPENSATORY_DAY_OFF', 'WORKING_DAY')),
    name varchar(200) not null,
    check (extract(year from day) = year)
);
create index calendar_day_year on calendar_day (year);
