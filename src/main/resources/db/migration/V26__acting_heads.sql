-- Acting heads (Plt., Plh.) of a unit with from/to dates (decision 67): while valid they are SUPERVISOR/SENIOR for it.
create sequence acting_head_seq start with 1 increment by 50;
create table acting_head (
  id          bigint       not null primary key,
  unit_id     bigint       not null references org_unit (id),
  employee_id bigint       not null references employee (id),
  kind        varchar(3)   not null,
  valid_from  date         not null,
  valid_to    date         not null,
  decree      varchar(200) not null,
  created_by  varchar(64)  not null,
  created_at  timestamp with time zone not null,
  ended_by    varchar(64),
  ended_at    timestamp with time zone,
  constraint ck_acting_head_kind check (kind in ('PLT', 'PLH')),
  constraint ck_acting_head_dates check (valid_from <= valid_to)
);
create index ix_acting_head_unit on acting_head (unit_id, valid_from, valid_to);
create index ix_acting_head_valid on acting_head (valid_from, valid_to);
