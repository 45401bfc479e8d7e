-- The deadline of each complaint's answer, fixed when it is received (received + kinerja.survey.complaint-response-days),
-- so that "answered in time" is a plain comparison for the IKM dashboard (issue 19). Complaints received before this
-- migration get the default of 5 days.
alter table complaint add column respond_by timestamp with time zone;
update complaint set respond_by = received_at + interval '5' day;
alter table complaint alter column respond_by set not null;
create index ix_complaint_received on complaint (received_at);
