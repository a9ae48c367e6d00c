package org.childrenstrust.commissioning.platform.mail;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.ServerSocket;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.mail.SimpleMailMessage;
import org.springframework.mail.javamail.JavaMailSenderImpl;

/** The embedded default's mail server receives what the application sends, over real SMTP. */
class EmbeddedMailServerTest {

  private EmbeddedMailServer server;

  @AfterEach
  void stop() {
    if (server != null) {
      server.stop();
    }
  }

  @Test
  void keepsEveryMessageSentToItNewestFirst() throws IOException {
    int port;
    try (ServerSocket socket = new ServerSocket(0)) {
      port = socket.getLocalPort();
    }
    server = new EmbeddedMailServer(port);
    server.start();
    JavaMailSenderImpl sender = new JavaMailSenderImpl();
    sender.setHost("127.0.0.1");
    sender.setPort(port);

    sender.send(message("Agenda published: Executive Commissioning Group, 8 Dec 2026", "priya.shah@childrens-trust.example"));
    sender.send(message("Paper still to follow", "grace.okafor@childrens-trust.example"));
    SimpleMailMessage toTwo = message("Draft minutes", "priya.shah@childrens-trust.example");
    toTwo.setTo("priya.shah@childrens-trust.example", "tom.hadley@childrens-trust.example");
    sender.send(toTwo);

    assertThat(server.sent()).as("a message to two members is one message in the outbox").hasSize(3)
        .extracting(EmbeddedMailServer.SentMail::subject)
        .containsExactlyInAnyOrder("Agenda published: Executive Commissioning Group, 8 Dec 2026", "Paper still to follow",
            "Draft minutes");
    assertThat(server.sent()).filteredOn(m -> m.subject().equals("Draft minutes")).singleElement()
        .satisfies(m -> assertThat(m.to()).containsExactlyInAnyOrder("priya.shah@childrens-trust.example",
            "tom.hadley@childrens-trust.example"));
    assertThat(server.sent()).filteredOn(m -> m.subject().startsWith("Agenda")).singleElement()
        .satisfies(m -> assertThat(m.to()).containsExactly("priya.shah@childrens-trust.example"))
        .satisfies(m -> assertThat(m.text()).contains("The agenda is attached"));
  }

  private static SimpleMailMessage message(String subject, String to) {
    SimpleMailMessage message = new SimpleMailMessage();
    message.setFrom("children-trust-secretariat@childrens-trust.example");
    message.setTo(to);
    message.setSubject(subject);
    message.setText("The agenda is attached.");
    return message;
  }
}
