-- Where a match request was started: from a search, a recommendation, a promotion event or elsewhere; for an
-- event, which one (an opaque id: matchmaking does not know the event package). Earlier requests are OTHER.
alter table match_request add column source varchar(16) not null default 'OTHER'
    check (source in ('SEARCH', 'RECOMMENDATION', 'EVENT', 'OTHER'));
alter table match_request add column source_event_id uuid;
alter table match_request add constraint match_request_source_event
    check (source_event_id is null or source = 'EVENT');
