-- Every submission writes an entry in each index of cases (18 of them before this), and the
-- entries of new cases all land on the same few pages, which concurrent submissions queue for
-- (ADR 0033). Two indexes no query uses go, and the assignee's queue leaves out unassigned cases.

-- On team as written; every query has compared lower(team) since V3 (the V7 and V21 queue indexes).
drop index cases_team_state;
-- A service filter reads the team's queue in order and keeps the service's cases
-- (cases_worklist); no query asked for a service's cases by state.
drop index cases_service_state;
-- "My cases" asks for one assignee (assignee_id = ?), which a new, unassigned case never matches:
-- such cases need not be in this index at all, so a submission no longer writes to it.
drop index cases_assignee;
create index cases_assignee on cases (assignee_id, coalesce(due_on, 'infinity'::date), submitted_at, id)
    where open and assignee_id is not null;
