-- Kinerja's own tables (the Camunda engine manages its ACT_* schema itself).
-- Portable SQL: runs on PostgreSQL (production, integration tests) and H2 (embedded default).

create sequence org_unit_seq start with 1 increment by 50;
create sequence position_seq start with 1 increment by 50;
create sequence employee_seq start with 1 increment by 50;
create sequence audit_log_seq start with 1 increment by 50;
create sequence appraisal_cycle_seq start with 1 increment by 50;

create table org_unit (
  id          bigint       not null primary key,
  code        varchar(64)  not null,
  name        varchar(255) not null,
  unit_level  varchar(16)  not null,
  parent_id   bigint       references org_unit (id),
  constraint uk_org_unit_code unique (code),
  constraint ck_org_unit_level check (unit_level in ('PEMDA', 'OPD', 'BIDANG', 'SEKSI'))
);
create index ix_org_unit_parent on org_unit (parent_id);

create table job_position (
  id        bigint       not null primary key,
  code      varchar(64)  not null,
  name      varchar(255) not null,
  type      varchar(16)  not null,
  unit_id   bigint       not null references org_unit (id),
  is_head   boolean      not null default false,
  constraint uk_position_code unique (code),
  constraint ck_position_type check (type in ('JPT', 'ADMINISTRATOR', 'PENGAWAS', 'PELAKSANA', 'FUNGSIONAL'))
);
create index ix_position_unit on job_position (unit_id);

create table employee (
  id           bigint       not null primary key,
  nip          varchar(18)  not null,
  name         varchar(200) not null,
  username     varchar(64)  not null,
  type         varchar(8)   not null,
  email        varchar(254) not null,
  unit_id      bigint       not null references org_unit (id),
  position_id  bigint       references job_position (id),
  active       boolean      not null default true,
  version      bigint       not null default 0,
  constraint uk_employee_nip unique (nip),
  constraint uk_employee_username unique (username),
  constraint uk_employee_position unique (position_id),
  constraint ck_employee_type check (type in ('PNS', 'PPPK'))
);
create index ix_employee_unit on employee (unit_id);

create table appraisal_cycle (
  id          bigint       not null primary key,
  cycle_year  integer      not null,
  cadence     varchar(16)  not null,
  status      varchar(16)  not null,
  unit_id     bigint       not null references org_unit (id),
  created_at  timestamp with time zone not null,
  created_by  varchar(64)  not null,
  version     bigint       not null default 0,
  constraint uk_cycle_unit_year unique (unit_id, cycle_year),
  constraint ck_cycle_cadence check (cadence in ('MONTHLY', 'QUARTERLY', 'SEMESTER', 'ANNUAL')),
  constraint ck_cycle_status check (status in ('OPENING', 'OPEN', 'CLOSED'))
);

create table audit_log (
  id            bigint        not null primary key,
  occurred_at   timestamp with time zone not null,
  actor         varchar(64)   not null,
  action        varchar(64)   not null,
  subject_type  varchar(64)   not null,
  subject_id    varchar(64),
  details       varchar(4000)
);
create index ix_audit_log_subject on audit_log (subject_type, subject_id);
