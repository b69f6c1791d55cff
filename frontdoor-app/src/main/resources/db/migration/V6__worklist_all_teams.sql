-- The worklist of someone who sees every team (an admin) is ordered by due date across all open cases.
create index cases_worklist_all on cases (due_on nulls last, submitted_at) where open;
