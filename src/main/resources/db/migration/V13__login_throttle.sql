-- Failed logins per user and client address (issue 13): after a few failures that pair is refused for a bounded,
-- growing time; another address is not affected and nothing is locked for good. Shared by every node.
create sequence login_throttle_seq start with 1 increment by 50;

create table login_throttle (
  id              bigint        not null primary key,
  -- the login name as typed, lower-cased (at most 255 characters are kept)
  username        varchar(255)  not null,
  client_address  varchar(64)   not null,
  failures        integer       not null,
  last_failure_at timestamp with time zone not null,
  -- refused until then; null while the failures are still below the threshold
  blocked_until   timestamp with time zone,
  constraint uk_login_throttle unique (username, client_address)
);
create index ix_login_throttle_last_failure on login_throttle (last_failure_at);
