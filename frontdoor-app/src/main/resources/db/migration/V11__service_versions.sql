-- Service versions uploaded by admins in the console, and each service's status. The catalogue on
-- every node is the built-in files, the definitions folder and these rows; nodes notice a change by
-- the generation below, which every upload and status change raises in its own transaction.

create table service_definitions (
    service_id        text not null,
    version           int not null check (version > 0),
    file_name         text not null,
    source            text not null,
    uploaded_by       uuid not null references accounts (id),
    uploaded_by_name  text not null,
    uploaded_at       timestamptz not null default now(),
    primary key (service_id, version)
);

-- A service with no row here is open.
create table service_status (
    service_id       text primary key,
    status           text not null check (status in ('open', 'paused', 'retired')),
    -- What citizens are told while the service is paused.
    message          text,
    changed_by       uuid not null references accounts (id),
    changed_by_name  text not null,
    changed_at       timestamptz not null default now()
);

-- One row. Raising it also takes a row lock, so two uploads for one service cannot both pass the
-- "higher than the newest version" check.
create table service_catalogue_generation (
    only_row    boolean primary key default true check (only_row),
    generation  bigint not null
);
insert into service_catalogue_generation (generation) values (0);
