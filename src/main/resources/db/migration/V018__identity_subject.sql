-- Records of a person are keyed on the token's subject (sub), not on preferred_username: Keycloak gives a
-- deleted user's name to whoever registers it next, and that person must not inherit another's profile,
-- requests or saved searches. The user name stays, for display.
--
-- Rows written before this migration have no subject (the database never saw one). A profile (investor,
-- reviewer) is claimed by the first sign-in with its user name, which stores the subject; requests and saved
-- searches without a subject stay matched by user name, as before. Operators who can export Keycloak's
-- users (user name -> id) may fill the subjects in beforehand, which closes even that.
alter table investor add column subject varchar(255);
alter table investor drop constraint investor_username_key;
create unique index investor_subject on investor (subject);
create unique index investor_unclaimed_username on investor (username) where subject is null;

-- An operator registers an expert by user name before their first sign-in: such a row has no subject yet.
alter table reviewer add column subject varchar(255);
alter table reviewer drop constraint reviewer_username_key;
create unique index reviewer_subject on reviewer (subject);
create unique index reviewer_unclaimed_username on reviewer (username) where subject is null;

alter table saved_search add column owner_subject varchar(255);
create index saved_search_owner_subject on saved_search (owner_subject);

alter table match_request add column investor_subject varchar(255);
drop index match_request_open;
-- One open request per investor and entry, the investor being the subject (the user name for older rows).
create unique index match_request_open on match_request (entry_id, coalesce(investor_subject, investor_username))
    where status in ('REQUESTED', 'ACCEPTED', 'IN_TALKS');
create index match_request_investor_subject on match_request (investor_subject, created_at);
