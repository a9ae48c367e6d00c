-- E-mails sent by an asynchronous process step, one row per message, written in its own transaction
-- before the message is handed to the mail server (state SENDING) and marked SENT when the server
-- accepted it. A step that runs again after a crash or a failure later in its transaction (the same
-- job) finds the row and does not send the message again.
create table ct_mail_sent (
  message_key  varchar(64)   not null primary key,
  job_id       varchar(64)   not null,
  subject      varchar(500)  not null,
  state        varchar(10)   not null,
  sent_at      timestamp     not null
);
