-- Casework: who holds each case, finding cases by what is in them, and cases made on someone's behalf.

-- Assignment is part of a case's history.
alter table case_events drop constraint case_events_kind_check;
alter table case_events add constraint case_events_kind_check
    check (kind in ('SUBMITTED', 'TRANSITION', 'NOTE', 'MESSAGE', 'ASSIGNED', 'UNASSIGNED', 'DOCUMENT'));

-- The person a carer or representative applied for, by the email address they sign in with: once
-- they have an account with that address, verified, they see the case as the applicant does.
alter table cases add column on_behalf_of_email text;
create index cases_on_behalf_of on cases (on_behalf_of_email, submitted_at desc) where on_behalf_of_email is not null;

-- Names, email addresses, phone numbers and postcodes of the applicant and in the answers, so staff
-- can find a case by any of them. 'simple' keeps names as written (no stemming of surnames).
alter table cases add column search_terms tsvector;
-- Cases made before this: the applicant's name and email and every text in the answers (new cases
-- leave free text out; see SearchTerms).
update cases c set search_terms = to_tsvector('simple', coalesce((select display_name || ' ' || email from accounts where id = c.applicant_id), ''))
                                   || jsonb_to_tsvector('simple', c.answers, '["string"]');
create index cases_search on cases using gin (search_terms);

-- Filtering a worklist by any answer ("answers contain this value") uses containment.
create index cases_answers on cases using gin (answers jsonb_path_ops);

-- Worklists page by a key (due date, submitted time, id) so that page 500 costs what page 1 does.
-- Cases with no due date (waiting on the citizen) sort last.
drop index cases_worklist;
drop index cases_worklist_all;
create index cases_worklist on cases (lower(team), coalesce(due_on, 'infinity'::date), submitted_at, id) where open;
create index cases_worklist_all on cases (coalesce(due_on, 'infinity'::date), submitted_at, id) where open;
drop index cases_assignee;
create index cases_assignee on cases (assignee_id, coalesce(due_on, 'infinity'::date), submitted_at, id) where open;
-- Newest or oldest first, within a team or across all.
create index cases_worklist_submitted on cases (lower(team), submitted_at, id) where open;
create index cases_worklist_all_submitted on cases (submitted_at, id) where open;

-- Whether the citizen's side (the applicant, or the person applied for) wrote an entry, as opposed to staff.
alter table case_events add column by_citizen boolean not null default false;
update case_events e set by_citizen = true from cases c where c.id = e.case_id and e.actor_id = c.applicant_id;
