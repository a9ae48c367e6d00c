package org.childrenstrust.commissioning.grants.prg;

import org.childrenstrust.commissioning.platform.mail.Mail;
import org.springframework.stereotype.Component;

/** The PRG's e-mails, to the members of a Camunda group; called from asynchronous steps only. */
@Component
class PrgMailer {

  private final Mail mail;

  PrgMailer(Mail mail) {
    this.mail = mail;
  }

  void toGroup(String groupId, String subject, String text) {
    mail.send(mail.emailsOfGroup(groupId), subject, text);
  }
}
