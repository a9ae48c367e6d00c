package org.childrenstrust.commissioning.platform.mail;

import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.User;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.MimeMessageHelper;
import org.springframework.modulith.NamedInterface;
import org.springframework.stereotype.Component;

/**
 * Sending the application's e-mails, for every feature: from {@code commissioning.mail.from}, to
 * the addresses of Camunda users or groups. Callers send from asynchronous steps; a step that runs
 * again (its job retried after a failure or a crash) does not send a message it has already sent
 * (see {@link SentMails}).
 */
@Component
@NamedInterface("mail")
public class Mail {

  private final JavaMailSender mailSender;
  private final IdentityService identityService;
  private final String from;
  private final SentMails sentMails;

  public Mail(JavaMailSender mailSender, IdentityService identityService,
      @Value("${commissioning.mail.from}") String from, SentMails sentMails) {
    this.sentMails = sentMails;
    this.mailSender = mailSender;
    this.identityService = identityService;
    this.from = from;
  }

  /** A plain-text message; nothing is sent when there is nobody to send it to. */
  public void send(Collection<String> to, String subject, String text) {
    deliver(to, subject, text, null, null);
  }

  /** A message with a PDF attached (a funding or award letter). */
  public void sendPdf(Collection<String> to, String subject, String text, String fileName, byte[] pdf) {
    deliver(to, subject, text, fileName, pdf);
  }

  /**
   * Sends a message once per job (see {@link SentMails}): claimed before it goes, marked sent when the
   * server accepted it, released when the server refused it so that the step's retry sends it.
   */
  private void deliver(Collection<String> to, String subject, String text, String attachmentName, byte[] pdf) {
    if (to.isEmpty()) {
      return;
    }
    Optional<SentMails.Key> key = sentMails.keyOf(to, subject, text, attachmentName);
    if (key.isPresent() && !sentMails.claim(key.get(), subject)) {
      return;
    }
    try {
      MimeMessage message = mailSender.createMimeMessage();
      MimeMessageHelper helper = pdf == null ? new MimeMessageHelper(message, "UTF-8")
          : new MimeMessageHelper(message, MimeMessageHelper.MULTIPART_MODE_MIXED, "UTF-8");
      helper.setFrom(from);
      helper.setTo(to.toArray(String[]::new));
      helper.setSubject(subject);
      helper.setText(text);
      if (pdf != null) {
        helper.addAttachment(attachmentName, new ByteArrayResource(pdf), "application/pdf");
      }
      identify(message, key);
      try {
        mailSender.send(message);
      } catch (RuntimeException refused) {
        key.ifPresent(sentMails::failed);
        throw refused;
      }
      key.ifPresent(sentMails::sent);
    } catch (MessagingException e) {
      key.ifPresent(sentMails::failed);
      throw new IllegalStateException("Could not write the e-mail '" + subject + "'", e);
    }
  }

  /**
   * A job's message carries a Message-ID made from its key: when a run of the job was interrupted
   * while sending and the next run sends it again, both copies are the same message to the
   * recipients' mail programs (Spring keeps an explicitly set Message-ID).
   */
  private void identify(MimeMessage message, Optional<SentMails.Key> key) throws MessagingException {
    if (key.isPresent()) {
      String domain = from.substring(from.lastIndexOf('@') + 1).replaceAll("[^A-Za-z0-9.-]", "");
      message.setHeader("Message-ID", "<" + key.get().value() + "@" + (domain.isBlank() ? "commissioning" : domain) + ">");
    }
  }

  /** The e-mail addresses of a Camunda group's members (those who have one). */
  public List<String> emailsOfGroup(String groupId) {
    return identityService.createUserQuery().memberOfGroup(groupId).list().stream().map(User::getEmail)
        .filter(e -> e != null && !e.isBlank()).distinct().toList();
  }

  /** The e-mail addresses of these Camunda users (those who exist and have one). */
  public List<String> emailsOf(Collection<String> userIds) {
    return userIds.stream().filter(Objects::nonNull)
        .map(id -> identityService.createUserQuery().userId(id).singleResult()).filter(Objects::nonNull)
        .map(User::getEmail).filter(e -> e != null && !e.isBlank()).toList();
  }
}
