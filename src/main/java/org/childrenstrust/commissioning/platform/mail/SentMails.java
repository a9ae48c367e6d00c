package org.childrenstrust.commissioning.platform.mail;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Collection;
import java.util.HexFormat;
import java.util.Optional;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.interceptor.CommandContext;
import org.camunda.bpm.engine.impl.persistence.entity.JobEntity;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The record of the e-mails an asynchronous step (a Camunda job) has sent, so that the step sends
 * each message once although it may run more than once: the job's transaction is rolled back when
 * the step fails after the mail went (a later error, a lost database connection) or when the
 * application is killed before the commit, and the job then runs again. The message is claimed
 * (SENDING) in a transaction of its own before it goes and marked SENT straight after the mail server
 * accepted it, so both survive the rollback of the step; the message's key is the job and the
 * message itself (subject, recipients, text). A run that finds the message SENT does not send it
 * again. A run that finds it SENDING knows an earlier run was interrupted while talking to the mail
 * server: the message may or may not have gone, and SMTP cannot say which. It is sent again, with
 * the same Message-ID (see {@link Mail}), unless the claiming run still holds the job's lock (the
 * engine ran the job twice because the first run outlived its lock: that run may be sending it this
 * moment, so this run fails and the step is retried later): not sending it lost messages in the crash trials of issue
 * 14 (4 on H2, 6 on PostgreSQL in 20 trials each: the SMTP conversation, with the server's write to
 * disk, is the longest part of a mail step), while sending again can only duplicate a message when
 * the kill falls between the server's acceptance and the SENT mark's commit (a few milliseconds).
 */
@Component
class SentMails {

  private static final Logger LOG = LoggerFactory.getLogger(SentMails.class);

  private final JdbcTemplate jdbc;
  private final TransactionTemplate ownTransaction;

  SentMails(JdbcTemplate jdbc, PlatformTransactionManager transactionManager) {
    this.jdbc = jdbc;
    this.ownTransaction = new TransactionTemplate(transactionManager);
    this.ownTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
  }

  /** The running job's message key, or empty outside a job (a user's request sends at most once anyway). */
  Optional<Key> keyOf(Collection<String> to, String subject, String text, String attachmentName) {
    CommandContext command = Context.getCommandContext();
    JobEntity job = command == null ? null : command.getCurrentJob();
    if (job == null) {
      return Optional.empty();
    }
    try {
      MessageDigest sha = MessageDigest.getInstance("SHA-256");
      for (String part : new String[] {job.getId(), String.join(",", to.stream().sorted().toList()), subject, text,
          attachmentName == null ? "" : attachmentName}) {
        sha.update(part.getBytes(StandardCharsets.UTF_8));
        sha.update((byte) 0);
      }
      return Optional.of(new Key(HexFormat.of().formatHex(sha.digest()), job.getId(), job.getLockExpirationTime()));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  /**
   * Claims the message for this job before it goes: false when an earlier run of the job sent it;
   * true when it is to be sent: not claimed before, or claimed by a run that was interrupted while
   * sending it (then it goes again, which the log says).
   */
  boolean claim(Key key, String subject) {
    java.util.List<java.util.Map<String, Object>> before = jdbc.queryForList(
        "select state, claim_lock_until from ct_mail_sent where message_key = ?", key.value());
    if (!before.isEmpty()) {
      if ("SENT".equals(before.get(0).get("state"))) {
        LOG.info("Not sending '{}' again: job {} sent it before it was interrupted", subject, key.jobId());
        return false;
      }
      Object lockUntil = before.get(0).get("claim_lock_until");
      if (lockUntil instanceof java.util.Date until && until.after(ClockUtil.getCurrentTime())) {
        throw new ClaimedByAnotherRun("Not sending '" + subject + "' now: another run of job " + key.jobId()
            + " claimed it and still holds the job's lock (until " + until.toInstant() + "), so it may be sending it at this moment;"
            + " this run stops and the step is retried");
      }
      LOG.warn("Sending '{}' again: job {} was interrupted while sending it, so it may or may not have gone; "
          + "the new copy has the same Message-ID", subject, key.jobId());
      return true;
    }
    try {
      ownTransaction.executeWithoutResult(status -> jdbc.update(
          "insert into ct_mail_sent (message_key, job_id, subject, state, sent_at, claim_lock_until) values (?, ?, ?, 'SENDING', ?, ?)",
          key.value(), key.jobId(), subject.length() > 500 ? subject.substring(0, 500) : subject,
          Timestamp.from(Instant.now()), key.lockUntil() == null ? null : new Timestamp(key.lockUntil().getTime())));
      return true;
    } catch (DuplicateKeyException claimedMeanwhile) {
      return false;
    }
  }

  /** The server accepted the message. */
  void sent(Key key) {
    ownTransaction.executeWithoutResult(status -> jdbc.update(
        "update ct_mail_sent set state = 'SENT', sent_at = ? where message_key = ?", Timestamp.from(Instant.now()), key.value()));
  }

  /** The server refused it (or could not be reached): the job's retry may send it. */
  void failed(Key key) {
    ownTransaction.executeWithoutResult(status -> jdbc.update("delete from ct_mail_sent where message_key = ?", key.value()));
  }

  /** A message of a job's run; {@code lockUntil}: when the run's lock on the job expires (null when the job was run directly). */
  record Key(String value, String jobId, java.util.Date lockUntil) {}

  /**
   * The message is being sent by another run of the same job that still holds its lock: the engine
   * ran the job twice (the first run outlived its lock). Failing this run makes the step retry
   * later, when the first run has either marked the message SENT or is gone.
   */
  static final class ClaimedByAnotherRun extends IllegalStateException {
    ClaimedByAnotherRun(String message) {
      super(message);
    }
  }
}
