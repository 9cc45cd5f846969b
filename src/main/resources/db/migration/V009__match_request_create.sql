-- Matchmaking: an investor's request on a pool entry, its conversation and its pipeline history.
create table match_request (
    id                 uuid primary key,
    entry_id           uuid          not null references pool_entry (id),
    owner_org          varchar(32)   not null,
    section            varchar(1)    not null,
    round_id           uuid          not null,
    title_zh           varchar(200)  not null,
    title_en           varchar(300),
    investor_username  varchar(100)  not null,
    investor_org       varchar(32),
    investor_name      varchar(100),
    investor_email     varchar(254),
    message            varchar(2000) not null,
    transfer_mode      varchar(32),
    budget_min         numeric(16, 2),
    budget_max         numeric(16, 2),
    status             varchar(16)   not null,
    decline_reason     varchar(1000),
    deal_value         numeric(16, 2),
    deal_transfer_mode varchar(32),
    created_at         timestamp with time zone not null,
    accepted_at        timestamp with time zone,
    reminded_at        timestamp with time zone,
    owner_seen_at      timestamp with time zone,
    owner_mailed_at    timestamp with time zone,
    investor_mailed_at timestamp with time zone,
    version            bigint        not null
);

-- One open request per investor and entry; a finished one (declined, expired, signed, closed) allows a new one.
create unique index match_request_open on match_request (entry_id, investor_username)
    where status in ('REQUESTED', 'ACCEPTED', 'IN_TALKS');
create index match_request_investor on match_request (investor_username, created_at);
create index match_request_owner on match_request (owner_org, created_at);
create index match_request_round on match_request (round_id);

create table match_transition (
    id          uuid primary key,
    request_id  uuid        not null references match_request (id) on delete cascade,
    from_status varchar(16),
    to_status   varchar(16) not null,
    side        varchar(16) not null,
    actor       varchar(100),
    at          timestamp with time zone not null
);

create index match_transition_request on match_transition (request_id, at);

create table match_message (
    id          uuid primary key,
    request_id  uuid          not null references match_request (id) on delete cascade,
    side        varchar(16)   not null,
    sender      varchar(100)  not null,
    text        varchar(2000) not null,
    sent_at     timestamp with time zone not null,
    notified_at timestamp with time zone
);

create index match_message_unnotified on match_message (request_id) where notified_at is null;
