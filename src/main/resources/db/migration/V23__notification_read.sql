-- The portal's notification count: when the recipient has seen a notification (decision 65).
alter table notification add column read_at timestamp with time zone;
create index ix_notification_unread on notification (recipient, read_at);
