-- The lock the claiming run of a mail step held on its job (Camunda's lock expiration time): while
-- it is alive, that run may still be talking to the mail server, so another run of the same job
-- (one that started after the first outlived its lock, or on another node) must not send the
-- message again; once it has expired, the claiming run is gone and the message may be re-sent.
alter table ct_mail_sent add column claim_lock_until timestamp;
