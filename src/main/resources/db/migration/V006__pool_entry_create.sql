-- A pool entry is the published state of a selected achievement (same id): what investors search.
create table pool_entry (
    id                   uuid primary key references achievement (id),
    round_id             uuid          not null references review_round (id),
    organization_code    varchar(32)   not null,
    organization_name_zh varchar(100)  not null,
    organization_name_en varchar(200),
    region               varchar(6)    not null,
    title_zh             varchar(200)  not null,
    title_en             varchar(300),
    summary_zh           varchar(4000) not null,
    summary_en           varchar(8000),
    keywords             jsonb         not null,
    ip_titles            jsonb         not null,
    ip_kinds             jsonb         not null,
    transfer_modes       jsonb         not null,
    level                varchar(24)   not null,
    trl                  integer       not null,
    section              varchar(1)    not null,
    division             varchar(2)    not null,
    composite            numeric(9, 4) not null,
    market_potential     numeric(9, 4) not null,
    economic_value       numeric(9, 4) not null,
    technical_content    numeric(9, 4) not null,
    percentile           numeric(5, 2) not null,
    industry_rank        integer       not null,
    published_at         timestamp with time zone not null
);

create index pool_entry_industry on pool_entry (section, division, industry_rank);
create index pool_entry_published on pool_entry (published_at);
