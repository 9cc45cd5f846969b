-- When the investor last opened a request: the team's messages and steps after it are unread to them.
-- (The owner organization's side is owner_seen_at, set when it first opens the request.)
alter table match_request add column investor_read_at timestamp with time zone;
