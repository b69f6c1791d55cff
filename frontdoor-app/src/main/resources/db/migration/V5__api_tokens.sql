-- API tokens for integrations and apps: random, shown once, stored only as a SHA-256 hash. A
-- token is cheap to check on every request, unlike a password, which is hashed to be slow on purpose.
create table api_tokens (
    id            uuid primary key,
    account_id    uuid not null references accounts (id) on delete cascade,
    name          text not null check (length(name) between 1 and 100),
    token_hash    text not null unique,
    created_at    timestamptz not null default now(),
    expires_at    timestamptz not null,
    revoked_at    timestamptz
);
create index api_tokens_account on api_tokens (account_id);
