package org.childrenstrust.commissioning.grants.prg;

import java.util.List;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.User;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.mail.SimpleMailMessage;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.stereotype.Component;

/** The PRG's e-mails, to the members of a Camunda group; called from asynchronous steps only. */
@Component
class PrgMailer {

  private final JavaMailSender mailSender;
  private final IdentityService identityService;
  private final String from;

  PrgMailer(JavaMailSender mailSender, IdentityService identityService, @Value("${commissioning.mail.from}") String from) {
    this.mailSender = mailSender;
    this.identityService = identityService;
    this.from = from;
  }

  void toGroup(String groupId, String subject, String text) {
    List<String> to = identityService.createUserQuery().memberOfGroup(groupId).list().stream()
        .map(User::getEmail).filter(email -> email != null && !email.isBlank()).distinct().toList();
    if (to.isEmpty()) {
      return;
    }
    SimpleMailMessage message = new SimpleMailMessage();
    message.setFrom(from);
    message.setTo(to.toArray(String[]::new));
    message.setSubject(subject);
    message.setText(text);
    mailSender.send(message);
  }
}
