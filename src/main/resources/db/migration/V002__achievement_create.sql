create table achievement (
    id                  uuid primary key,
    version             bigint       not null default 0,
    organization_code   varchar(32)  not null references organization (code),
    status              varchar(16)  not null,
    title_zh            varchar(200) not null,
    title_en            varchar(300),
    summary_zh          varchar(4000) not null,
    summary_en          varchar(8000),
    keywords            jsonb        not null,
    type                varchar(24)  not null,
    industry_code       varchar(2)   not null,
    trl                 integer      not null check (trl between 1 and 9),
    stage               varchar(16)  not null,
    innovation          varchar(24)  not null,
    level               varchar(24)  not null,
    ip_rights           jsonb        not null,
    transfer_modes      jsonb        not null,
    asking_price        numeric(15, 2) check (asking_price >= 0),
    team                jsonb        not null,
    contact             jsonb        not null,
    registration_number varchar(12)  unique check (registration_number ~ '^[0-9]{12}$'),
    submitted_at        timestamp with time zone,
    created_at          timestamp with time zone not null,
    updated_at          timestamp with time zone not null
);

create index achievement_organization_status on achievement (organization_code, status);
create index achievement_status on achievement (status);

-- One row per region prefix and year; the upsert on it serializes concurrent submissions.
create table registration_serial (
    prefix      varchar(3) not null,
    year        integer not null,
    last_serial integer not null,
    primary key (prefix, year)
);
