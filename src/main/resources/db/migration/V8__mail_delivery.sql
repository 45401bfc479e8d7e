-- Delivery state of the notification outbox: attempts, the last error and when to try again.
alter table notification add column attempts integer not null default 0;
alter table notification add column last_error varchar(1000);
alter table notification add column next_attempt_at timestamp with time zone;
create index ix_notification_unsent on notification (sent_at, next_attempt_at);
