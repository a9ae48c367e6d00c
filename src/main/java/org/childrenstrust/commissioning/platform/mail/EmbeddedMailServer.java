package org.childrenstrust.commissioning.platform.mail;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.Address;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A real SMTP server inside the application (GreenMail, the library the tests use), for the
 * embedded default: the application's e-mails (agendas, minutes, reminders) are delivered to it
 * and read on the outbox page, so a newcomer needs no mail server. Real deployments name their
 * SMTP server instead ({@code commissioning.mail.embedded=false}, {@code MAIL_HOST}).
 */
public class EmbeddedMailServer {

  private static final Logger LOG = LoggerFactory.getLogger(EmbeddedMailServer.class);

  /** One message as the outbox shows it. */
  public record SentMail(Instant sentAt, String from, List<String> to, String subject, String text) {}

  private final GreenMail server;
  private final int port;

  public EmbeddedMailServer(int port) {
    this.port = port;
    this.server = new PromptGreenMail(new ServerSetup(port, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
  }

  public void start() {
    server.start();
    LOG.info("Embedded mail server listening on 127.0.0.1:{}; sent mail is on the outbox page", port);
  }

  public void stop() {
    server.stop();
  }

  public int port() {
    return port;
  }

  /**
   * Every message received since the start, newest first, once each: the server keeps a copy per
   * recipient, so copies with the same Message-ID are one message.
   */
  public List<SentMail> sent() {
    java.util.Map<String, SentMail> byId = new java.util.LinkedHashMap<>();
    int unnamed = 0;
    for (MimeMessage message : server.getReceivedMessages()) {
      String id;
      try {
        id = message.getMessageID();
      } catch (MessagingException e) {
        id = null;
      }
      byId.putIfAbsent(id == null ? "unnamed-" + unnamed++ : id, read(message));
    }
    List<SentMail> mails = new ArrayList<>(byId.values());
    mails.sort(Comparator.comparing(SentMail::sentAt, Comparator.nullsLast(Comparator.reverseOrder())));
    return mails;
  }

  private static SentMail read(MimeMessage message) {
    try {
      Address[] to = message.getAllRecipients();
      Object content = message.getContent();
      String text = content instanceof String s ? s : "(a message with attachments)";
      Address[] from = message.getFrom();
      return new SentMail(message.getSentDate() == null ? null : message.getSentDate().toInstant(),
          from == null || from.length == 0 ? "" : from[0].toString(),
          to == null ? List.of() : Arrays.stream(to).map(Address::toString).toList(),
          message.getSubject(), text);
    } catch (MessagingException | IOException e) {
      return new SentMail(null, "", List.of(), "(unreadable message)", e.getMessage());
    }
  }
}
