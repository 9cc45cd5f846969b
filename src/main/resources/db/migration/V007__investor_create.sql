-- An investor's profile (投资方): what recommendations are ranked against.
create table investor (
    id                uuid primary key,
    version           bigint        not null default 0,
    username          varchar(100)  not null unique,
    name              varchar(100),
    email             varchar(254),
    organization_code varchar(32),
    industries        jsonb         not null,
    trl_min           integer       not null,
    trl_max           integer       not null,
    ticket_min        numeric(16, 2),
    ticket_max        numeric(16, 2),
    transfer_modes    jsonb         not null,
    created_at        timestamp with time zone not null,
    updated_at        timestamp with time zone not null
);
