-- Worklists at a million cases (ADR 0029). The queue indexes of V7 serve a team's open cases in
-- the order asked; two shapes of worklist had none and read a whole team, or the whole table:
-- A state filter: the team's open cases in the worklist's order, with the state first, so that a
-- state few of the team's cases are in is read directly instead of filtered from all of them.
create index cases_worklist_state on cases (lower(team), state, coalesce(due_on, 'infinity'::date), submitted_at, id) where open;
create index cases_worklist_all_state on cases (state, coalesce(due_on, 'infinity'::date), submitted_at, id) where open;
-- Closed cases too ("status=all"): the queue indexes hold open cases only, so this read and
-- sorted every case of the team; these hold every case in the default (due date) order.
create index cases_listed on cases (lower(team), coalesce(due_on, 'infinity'::date), submitted_at, id);
create index cases_listed_all on cases (coalesce(due_on, 'infinity'::date), submitted_at, id);
