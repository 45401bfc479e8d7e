-- Annual evaluation: the organisation's predikat set by its head, and the result of its distribution-curve check.
create sequence organisation_rating_seq start with 1 increment by 50;
create table organisation_rating (
  id            bigint        not null primary key,
  cycle_id      bigint        not null references appraisal_cycle (id),
  unit_id       bigint        not null references org_unit (id),
  predikat      varchar(24),
  set_by        varchar(64),
  set_at        timestamp with time zone,
  curve_status  varchar(16)   not null,
  checked_at    timestamp with time zone,
  constraint uk_organisation_rating unique (cycle_id, unit_id),
  constraint ck_organisation_rating_curve check (curve_status in ('PENDING', 'IN_CURVE', 'CALIBRATED'))
);
