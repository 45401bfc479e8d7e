-- Issue 18: the distribution curve as versioned data HR edits (decision 72), instead of kinerja.curve in
-- application.yml. Portable SQL (PostgreSQL and H2). Versions are never updated; a new version is a new row.
create table distribution_curve_version (
  version     integer       not null primary key,
  created_at  timestamp with time zone not null,
  created_by  varchar(64)   not null,
  reason      varchar(1000) not null,
  rules       varchar(8000) not null
);

-- Version 1: the values application.yml held until now (SE MenPANRB 3/2023, domain.md), in force for every cycle.
insert into distribution_curve_version (version, created_at, created_by, reason, rules) values (1,
  timestamp with time zone '2000-01-01 00:00:00+00:00', 'system',
  'Nilai awal dari application.yml (kinerja.curve)',
  '{"ISTIMEWA":[{"predikat":["SANGAT_BAIK"],"atMostPercent":70}],'
  || '"BAIK":[{"predikat":["BAIK"],"atMostPercent":70},{"predikat":["BUTUH_PERBAIKAN","KURANG"],"atLeastCount":1}],'
  || '"BUTUH_PERBAIKAN":[{"predikat":["BUTUH_PERBAIKAN"],"atLeastPercent":60},{"predikat":["SANGAT_BAIK"],"atMostPercent":10}],'
  || '"KURANG":[{"predikat":["KURANG"],"atLeastPercent":60},{"predikat":["BUTUH_PERBAIKAN"],"atLeastPercent":10},{"predikat":["SANGAT_BAIK"],"atMostPercent":10}],'
  || '"SANGAT_KURANG":[{"predikat":["SANGAT_KURANG"],"atLeastPercent":60},{"predikat":["KURANG","BUTUH_PERBAIKAN"],"atLeastPercent":10},{"predikat":["SANGAT_BAIK"],"atMostPercent":0}]}');

-- The curve version a cycle uses: the one in force when its annual evaluation was opened.
create table cycle_curve (
  cycle_id       bigint   not null primary key references appraisal_cycle (id),
  curve_version  integer  not null references distribution_curve_version (version),
  pinned_at      timestamp with time zone not null
);
