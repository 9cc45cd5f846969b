create table organization (
    code        varchar(32)  primary key,
    name_zh     varchar(100) not null,
    name_en     varchar(200),
    kind        varchar(16)  not null,
    region      varchar(6)   not null check (region ~ '^[0-9]{6}$'),
    created_at  timestamp with time zone not null,
    updated_at  timestamp with time zone not null,
    version     bigint       not null default 0
);
