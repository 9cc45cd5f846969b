-- Promotion events (路演/交流会) and the investors registered for them. Times are instants; time_zone is the
-- IANA zone the event is held in (and shown in). The presented pool entries are ids the pool answers for
-- (no foreign key: the event package asks the pool, it does not join its tables).
create table event (
    id                    uuid primary key,
    title_zh              varchar(200)  not null,
    title_en              varchar(200),
    description_zh        varchar(5000) not null,
    description_en        varchar(5000),
    kind                  varchar(8)    not null check (kind in ('ONLINE', 'OFFLINE')),
    url                   varchar(500),
    place                 varchar(300),
    starts_at             timestamp with time zone not null,
    ends_at               timestamp with time zone not null,
    time_zone             varchar(64)   not null,
    capacity              integer       not null check (capacity >= 1),
    registration_deadline timestamp with time zone not null,
    entry_ids             jsonb         not null,
    status                varchar(16)   not null check (status in ('SCHEDULED', 'CANCELLED')),
    -- iCalendar SEQUENCE: raised on every change, so calendar apps replace their copy.
    sequence              integer       not null,
    created_at            timestamp with time zone not null,
    updated_at            timestamp with time zone not null,
    version               bigint        not null,
    check (ends_at > starts_at),
    check (registration_deadline <= starts_at),
    check ((kind = 'ONLINE' and url is not null) or (kind = 'OFFLINE' and place is not null))
);

create index event_starts on event (starts_at);
create index event_ends on event (ends_at);

create table event_registration (
    id                uuid primary key,
    event_id          uuid         not null references event (id),
    -- Who registered: the token's subject (decision 014); the user name is for display.
    investor_subject  varchar(255) not null,
    investor_username varchar(100) not null,
    investor_name     varchar(100) not null,
    investor_org      varchar(32),
    investor_email    varchar(254),
    investor_language varchar(2)   not null,
    status            varchar(16)  not null check (status in ('REGISTERED', 'WAITING', 'CANCELLED')),
    -- The waiting list's order: who asked first is promoted first.
    created_at        timestamp with time zone not null,
    registered_at     timestamp with time zone,
    cancelled_at      timestamp with time zone,
    -- Claimed by the reminder job with a conditional update, so one replica mails it, once.
    reminded_at       timestamp with time zone
);

-- One live registration (registered or waiting) per investor and event; a cancelled one allows a new one.
create unique index event_registration_live on event_registration (event_id, investor_subject)
    where status in ('REGISTERED', 'WAITING');
create index event_registration_event on event_registration (event_id, status, created_at);
create index event_registration_investor on event_registration (investor_subject);
