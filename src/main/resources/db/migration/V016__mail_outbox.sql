-- Mail is written here in the transaction of the change it reports, and sent after the commit by
-- MailSender (platform/mail): a rolled-back change mails nothing, an unreachable mail server loses
-- nothing. Rows are claimed with FOR UPDATE SKIP LOCKED, so replicas send disjoint rows.
create table mail_outbox (
    id              uuid                     not null primary key,
    recipient       varchar(254)             not null,
    subject         text                     not null,
    body            text                     not null,
    html            boolean                  not null,
    language        varchar(2)               not null,
    -- At most one attachment (an event's .ics), kept with the mail so a retry sends the same file.
    attachment_name varchar(200),
    attachment_type varchar(100),
    attachment_data bytea,
    created_at      timestamp with time zone not null,
    attempts        integer                  not null default 0,
    next_attempt_at timestamp with time zone not null,
    sent_at         timestamp with time zone,
    -- Set when the sender gave up after its last attempt; last_error says why.
    abandoned_at    timestamp with time zone,
    last_error      varchar(1000)
);

-- What the sender looks for: unsent, not given up, due.
create index mail_outbox_due on mail_outbox (next_attempt_at) where sent_at is null and abandoned_at is null;
