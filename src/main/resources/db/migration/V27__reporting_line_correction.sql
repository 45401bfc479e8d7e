-- HR's corrections of an employee's reporting line (decision 68): they win over the tree until valid_until.
create sequence reporting_line_correction_seq start with 1 increment by 50;
create table reporting_line_correction (
  id            bigint        not null primary key,
  employee_id   bigint        not null references employee (id),
  supervisor_id bigint        not null references employee (id),
  senior_id     bigint        references employee (id),
  reason        varchar(1000) not null,
  valid_until   date          not null,
  created_by    varchar(64)   not null,
  created_at    timestamp with time zone not null,
  ended_by      varchar(64),
  ended_at      timestamp with time zone,
  constraint ck_correction_not_self check (supervisor_id <> employee_id and (senior_id is null or senior_id <> employee_id))
);
create index ix_correction_employee on reporting_line_correction (employee_id, valid_until);
create index ix_correction_valid on reporting_line_correction (valid_until);
