-- The panel ranks a programme's applications by their assessors' mean weighted score. The mean and
-- whether the assessors disagree enough to need moderation are kept on the application, updated
-- whenever an assessment is submitted or moderated, so the ranking is an index scan at any size.
alter table grant_applications
    add column score numeric(6, 2),
    add column assessments_done int not null default 0,
    add column needs_moderation boolean not null default false,
    add column moderated_by uuid references accounts (id),
    add column moderation_note text;
-- Ranked best first; unscored last (as -1); ties broken by id, both descending, so the panel pages by key.
create index grant_applications_ranking on grant_applications (programme_id, (coalesce(score, -1)) desc, case_id desc);


-- Where an award is paid: the bank details from the application, kept with it when it is sent, so
-- a payment run does not reread every case.
alter table grant_applications
    add column payee_name text,
    add column payee_sort_code text,
    add column payee_account text;
