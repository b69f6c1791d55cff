-- Worklists show open cases by team, most urgent first; closed cases leave every queue.
alter table cases add column open boolean not null default true;
create index cases_worklist on cases (lower(team), due_on nulls last, submitted_at) where open;
