create table review_round (
    id                     uuid primary key,
    version                bigint        not null default 0,
    name                   varchar(200)  not null,
    rules_id               varchar(64)   not null,
    rules_version          integer       not null,
    review_deadline        timestamp with time zone not null,
    status                 varchar(16)   not null,
    panel                  jsonb         not null,
    created_at             timestamp with time zone not null,
    registration_closed_at timestamp with time zone
);

alter table achievement add column round_id uuid references review_round (id);
create index achievement_round on achievement (round_id);

create table reviewer (
    id                     uuid primary key,
    version                bigint       not null default 0,
    username               varchar(100) not null unique,
    name                   varchar(100),
    email                  varchar(254),
    organization_code      varchar(32),
    expertise              jsonb        not null,
    conflict_organizations jsonb        not null,
    conflict_achievements  jsonb        not null,
    created_at             timestamp with time zone not null,
    updated_at             timestamp with time zone not null
);

create table assignment (
    id                uuid primary key,
    version           bigint        not null default 0,
    round_id          uuid          not null references review_round (id),
    achievement_id    uuid          not null references achievement (id),
    reviewer_id       uuid          not null references reviewer (id),
    status            varchar(16)   not null,
    match             varchar(16)   not null,
    market_potential  numeric(9, 4),
    economic_value    numeric(9, 4),
    technical_content numeric(9, 4),
    comment           varchar(5000),
    decline_reason    varchar(32),
    decline_note      varchar(1000),
    assigned_at       timestamp with time zone not null,
    saved_at          timestamp with time zone,
    submitted_at      timestamp with time zone,
    declined_at       timestamp with time zone,
    reminded_at       timestamp with time zone,
    unique (round_id, achievement_id, reviewer_id)
);

create index assignment_reviewer on assignment (reviewer_id, status);
create index assignment_round on assignment (round_id, achievement_id);
