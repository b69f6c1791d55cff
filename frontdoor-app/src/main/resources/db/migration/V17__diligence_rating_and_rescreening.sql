-- Due diligence: what the rating rules know of the applicant, the names each case was screened
-- under (so a list update re-screens them without reading every case again), and the list
-- versions already worked through (so one node, not every node, re-screens after an update).

-- The applicant as the rating rules see it (kind, orgId, amount, programme), kept when the report opens.
alter table diligence_reports add column facts jsonb not null default '{}'::jsonb;

-- Why the report needs a person's attention again, and when that was found: set by a list update
-- that finds a new hit on a case, cleared by nobody (the history is in the audit log).
alter table diligence_reports add column alert text;
alter table diligence_reports add column alerted_at timestamptz;

create table diligence_screened_names (
    case_id      uuid not null references diligence_reports (case_id),
    name         text not null,
    schema       text not null,
    birth_date   text,
    nationality  text,
    primary key (case_id, schema, name)
);

create table diligence_list_versions (
    -- A digest of every list file's name, size and content: the same files give the same digest.
    fingerprint      text primary key,
    entries          int not null,
    sources          text not null,
    added            int not null default 0,
    changed          int not null default 0,
    removed          int not null default 0,
    screened_cases   int not null default 0,
    new_hits         int not null default 0,
    loaded_at        timestamptz not null default now(),
    rescreened_at    timestamptz
);
