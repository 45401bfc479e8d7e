-- SKP planning: cycles gain their timer settings; SKP, RHK, indicators, review rounds; the notification outbox.

alter table appraisal_cycle add column submit_reminder_days integer not null default 7;
alter table appraisal_cycle add column review_reminder_days integer not null default 5;
alter table appraisal_cycle add column escalation_days integer not null default 21;
alter table appraisal_cycle add column employees_total integer not null default 0;

create sequence skp_seq start with 1 increment by 50;
create sequence rhk_seq start with 1 increment by 50;
create sequence indicator_seq start with 1 increment by 50;
create sequence skp_review_seq start with 1 increment by 50;
create sequence notification_seq start with 1 increment by 50;

create table skp (
  id                   bigint       not null primary key,
  employee_id          bigint       not null references employee (id),
  cycle_id             bigint       not null references appraisal_cycle (id),
  skp_year             integer      not null,
  revision             integer      not null default 0,
  revision_of_id       bigint       references skp (id),
  status               varchar(16)  not null,
  created_at           timestamp with time zone not null,
  agreed_at            timestamp with time zone,
  superseded_at        timestamp with time zone,
  process_instance_id  varchar(64),
  version              bigint       not null default 0,
  constraint uk_skp_employee_year_revision unique (employee_id, skp_year, revision),
  constraint ck_skp_status check (status in ('DRAFT', 'SUBMITTED', 'RETURNED', 'AGREED'))
);
create index ix_skp_cycle on skp (cycle_id);
create index ix_skp_year_status on skp (skp_year, status);

create table rhk (
  id                 bigint        not null primary key,
  skp_id             bigint        not null references skp (id),
  sort_order         integer       not null,
  text               varchar(2000) not null,
  rhk_type           varchar(16)   not null,
  weight             integer       not null,
  supervisor_rhk_id  bigint        references rhk (id),
  perspective        varchar(32),
  constraint ck_rhk_type check (rhk_type in ('UTAMA', 'TAMBAHAN')),
  constraint ck_rhk_perspective check (perspective is null
    or perspective in ('PENERIMA_LAYANAN', 'PROSES_BISNIS', 'PENGUATAN_INTERNAL', 'ANGGARAN'))
);
create index ix_rhk_skp on rhk (skp_id);
create index ix_rhk_supervisor_rhk on rhk (supervisor_rhk_id);

create table indicator (
  id            bigint         not null primary key,
  rhk_id        bigint         not null references rhk (id),
  sort_order    integer        not null,
  text          varchar(2000)  not null,
  aspect        varchar(16)    not null,
  approach      varchar(16)    not null,
  target        numeric(19, 4),
  target_unit   varchar(64),
  direction     varchar(20),
  constraint ck_indicator_aspect check (aspect in ('KUANTITAS', 'KUALITAS', 'WAKTU', 'BIAYA')),
  constraint ck_indicator_approach check (approach in ('KUANTITATIF', 'KUALITATIF')),
  constraint ck_indicator_direction check (direction is null or direction in ('HIGHER_IS_BETTER', 'LOWER_IS_BETTER'))
);
create index ix_indicator_rhk on indicator (rhk_id);

create table skp_review (
  id            bigint        not null primary key,
  skp_id        bigint        not null references skp (id),
  round         integer       not null,
  submitted_at  timestamp with time zone not null,
  submitted_by  varchar(64)   not null,
  reviewer      varchar(64),
  decision      varchar(16),
  notes         varchar(4000),
  decided_at    timestamp with time zone,
  constraint uk_skp_review_round unique (skp_id, round),
  constraint ck_skp_review_decision check (decision is null or decision in ('APPROVE', 'RETURN'))
);

create table notification (
  id          bigint        not null primary key,
  recipient   varchar(64)   not null,
  email       varchar(254),
  subject     varchar(500)  not null,
  body        varchar(8000) not null,
  link        varchar(1000),
  created_at  timestamp with time zone not null,
  sent_at     timestamp with time zone
);
create index ix_notification_recipient on notification (recipient, created_at);
