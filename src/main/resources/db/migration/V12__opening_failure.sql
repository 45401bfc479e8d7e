-- Employees whose process could not be started when a cycle or an evaluation period was opened: shown on the
-- cycle (GET /api/v1/cycles/{id}) until a retry starts them. One row per cycle, kind, period and subject.
create sequence opening_failure_seq start with 1 increment by 50;

create table opening_failure (
  id             bigint        not null primary key,
  cycle_id       bigint        not null references appraisal_cycle (id),
  kind           varchar(16)   not null,
  -- the evaluation period (Q1, M3, ANNUAL …); empty for SKP planning
  period_code    varchar(8)    not null,
  -- employee id (SKP planning) or SKP id (evaluation)
  subject_id     bigint        not null,
  employee_nip   varchar(18),
  employee_name  varchar(255),
  message        varchar(1000) not null,
  attempts       integer       not null,
  failed_at      timestamp with time zone not null,
  constraint uk_opening_failure unique (cycle_id, kind, period_code, subject_id),
  constraint ck_opening_failure_kind check (kind in ('SKP_PLANNING', 'EVALUATION'))
);
