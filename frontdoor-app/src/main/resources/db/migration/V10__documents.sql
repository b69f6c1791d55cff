-- Documents people send: metadata always here; the bytes here too (document_contents) unless a
-- deployment keeps them in a directory (stored_in says which). A document belongs to a draft
-- application and, once it is sent, to the case it became; or to a case directly.
create table documents (
    id           uuid primary key,
    name         text not null,
    file_type    text not null,
    media_type   text not null,
    size_bytes   bigint not null check (size_bytes > 0),
    sha256       text not null,
    uploaded_by  uuid not null references accounts (id),
    case_id      uuid references cases (id),
    draft_id     uuid references drafts (id),
    question_id  text,
    scan_result  text not null,
    stored_in    text not null check (stored_in in ('database', 'directory')),
    created_at   timestamptz not null default now(),
    constraint documents_linked check (case_id is not null or draft_id is not null)
);
create index documents_case on documents (case_id, created_at) where case_id is not null;
create index documents_draft on documents (draft_id) where draft_id is not null;

create table document_contents (
    document_id  uuid primary key references documents (id),
    content      bytea not null
);

-- Uploads appear on the case timeline as DOCUMENT events (allowed since V7).
