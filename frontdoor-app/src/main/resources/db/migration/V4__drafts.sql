-- Applications in progress: saved page by page, so a citizen can stop and come back, and nothing
-- they typed is lost when a page has a mistake.
create table drafts (
    id                 uuid primary key,
    service_id         text not null,
    applicant_id       uuid not null references accounts (id),
    answers            jsonb not null default '{}'::jsonb,
    created_at         timestamptz not null default now(),
    updated_at         timestamptz not null default now(),
    submitted_case_id  uuid references cases (id)
);
create index drafts_applicant on drafts (applicant_id, updated_at desc) where submitted_case_id is null;
