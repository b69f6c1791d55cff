-- Duplicate funding: what the duplicate-funding check saw on each case, so that later applications,
-- in any service, are compared with it by one index read per detail instead of reading answers.

-- Who is behind a checked case and what it asked money for.
create table diligence_funding_cases (
    case_id            uuid primary key,
    reference          text not null,
    service_id         text not null,
    -- 'org:GB-CHC-1234567' for an organisation's grant application, else 'account:<uuid>': details
    -- shared between different keys are the signal; one organisation reusing its own is not.
    applicant_key      text not null,
    -- The account that applied, when known: one account behind two organisations is told apart
    -- from two strangers.
    applicant_account  uuid,
    -- Project title and summary as the applicant wrote them (bounded), compared with the purpose of
    -- later applications once this one is awarded.
    purpose            text check (length(purpose) <= 10000),
    checked_at         timestamptz not null default now()
);

-- Normalised details of each checked case (bank account, email, phone, address). A rerun of the
-- check replaces its case's rows, so the table holds each case's details once. Who is behind the
-- case and when it was checked are repeated here so that a lookup can stop early (below).
create table diligence_identifiers (
    case_id        uuid not null references diligence_funding_cases (case_id) on delete cascade,
    kind           text not null check (kind in ('BANK_ACCOUNT', 'EMAIL', 'PHONE', 'ADDRESS')),
    value          text not null check (length(value) <= 200),
    applicant_key  text not null,
    checked_at     timestamptz not null,
    primary key (case_id, kind, value)
);
-- "Which other cases have this detail, newest first?": a range read in index order that stops after
-- the few rows listed, however many thousands of cases share a detail (an agent's phone number, a
-- bank account planted in many applications).
-- The included columns let the read answer from the index alone.
create index diligence_identifiers_lookup on diligence_identifiers (kind, value, checked_at desc) include (case_id, applicant_key);
-- "Which of this applicant's own cases have it?": straight to the applicant's rows, without reading
-- the thousands of other applicants' rows a planted bank account may have.
create index diligence_identifiers_own on diligence_identifiers (kind, value, applicant_key, checked_at desc) include (case_id);
