-- Issue 16: positions with many holders, employee pangkat/golongan/status, the Pemda's time zone.
-- Portable SQL (PostgreSQL and H2).

-- FUNGSIONAL/PELAKSANA positions have many holders up to an optional formasi (number of seats).
alter table job_position add column formasi integer;
alter table job_position add constraint ck_position_formasi check (formasi is null or formasi > 0);
alter table job_position add constraint ck_position_head_type
  check (is_head = false or type in ('JPT', 'ADMINISTRATOR', 'PENGAWAS'));

-- One holder per position becomes one holder per head post: head_position_id repeats position_id while the
-- employee is active and the position is a head post, so the database still refuses a second head.
alter table employee add column head_position_id bigint;
update employee set head_position_id = position_id
  where active = true and position_id in (select p.id from job_position p where p.is_head = true);
alter table employee drop constraint uk_employee_position;
create index ix_employee_position on employee (position_id);
alter table employee add constraint uk_employee_head_position unique (head_position_id);
alter table employee add constraint fk_employee_head_position
  foreign key (head_position_id) references job_position (id);

-- Pangkat and golongan (PNS: e.g. Penata Muda, III/a; PPPK: golongan I..XVII) and the status of employment.
alter table employee add column pangkat varchar(64);
alter table employee add column golongan varchar(8);
alter table employee add column status varchar(40) default 'AKTIF' not null;
alter table employee add column status_since date;
-- nothing in the code deactivated an employee before; a row that is inactive all the same keeps active = false
update employee set status = 'BERHENTI' where active = false;
alter table employee add constraint ck_employee_status check (status in ('AKTIF', 'CUTI_DILUAR_TANGGUNGAN_NEGARA',
  'TUGAS_BELAJAR', 'DIBERHENTIKAN_SEMENTARA', 'PENSIUN', 'BERHENTI', 'MENINGGAL'));

-- The Pemda's time zone (a java.time zone id such as Asia/Makassar); only the PEMDA root carries one.
alter table org_unit add column time_zone varchar(64);
alter table org_unit add constraint ck_org_unit_time_zone check (time_zone is null or unit_level = 'PEMDA');
