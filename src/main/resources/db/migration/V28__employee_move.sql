-- Moves of employees (mutasi, promosi, pensiun, ...) with an effective date (decision 95): recorded by HR, applied
-- on that date by the daily job (or at once when dated today or earlier); the rows are the employee's history.
create sequence employee_move_seq start with 1 increment by 50;
create table employee_move (
  id                bigint        not null primary key,
  employee_id       bigint        not null references employee (id),
  kind              varchar(40)   not null,
  effective_date    date          not null,
  to_unit_id        bigint        references org_unit (id),
  to_position_id    bigint        references job_position (id),
  reason            varchar(1000) not null,
  state             varchar(10)   not null,
  from_unit_code    varchar(64),
  from_position_code varchar(64),
  from_status       varchar(40),
  created_by        varchar(64)   not null,
  created_at        timestamp with time zone not null,
  applied_at        timestamp with time zone,
  cancelled_by      varchar(64),
  cancelled_at      timestamp with time zone,
  tasks_moved       integer,
  constraint ck_employee_move_kind check (kind in ('MUTASI', 'PROMOSI', 'DEMOSI', 'PENSIUN', 'BERHENTI', 'MENINGGAL',
    'CUTI_DILUAR_TANGGUNGAN_NEGARA', 'TUGAS_BELAJAR', 'AKTIF_KEMBALI')),
  constraint ck_employee_move_state check (state in ('PENDING', 'APPLIED', 'CANCELLED'))
);
create index ix_employee_move_employee on employee_move (employee_id, effective_date);
create index ix_employee_move_due on employee_move (state, effective_date);
