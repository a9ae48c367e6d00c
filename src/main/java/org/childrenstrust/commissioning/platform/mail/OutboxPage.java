package org.childrenstrust.commissioning.platform.mail;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.Optional;
import org.childrenstrust.commissioning.platform.identity.GovernanceGroup;
import org.childrenstrust.commissioning.platform.web.SignedInUser;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * The outbox: every e-mail the application sent on the embedded default, for clerks and
 * administrators signed in to Tasklist ({@code /outbox}).
 */
@Controller
class OutboxPage {

  private final ObjectProvider<EmbeddedMailServer> mailServer;

  OutboxPage(ObjectProvider<EmbeddedMailServer> mailServer) {
    this.mailServer = mailServer;
  }

  @GetMapping("/outbox")
  String outbox(HttpServletRequest request, HttpServletResponse response, Model model) {
    Optional<SignedInUser> user = SignedInUser.of(request);
    if (user.isEmpty()) {
      response.setStatus(HttpServletResponse.SC_UNAUTHORIZED);
      model.addAttribute("reason", "signed-out");
      return "platform/outbox";
    }
    if (!user.get().inAnyGroup(GovernanceGroup.CLERKS_ID, GovernanceGroup.ADMINISTRATORS_ID)) {
      response.setStatus(HttpServletResponse.SC_FORBIDDEN);
      model.addAttribute("reason", "forbidden");
      model.addAttribute("user", user.get().userId());
      return "platform/outbox";
    }
    EmbeddedMailServer server = mailServer.getIfAvailable();
    model.addAttribute("user", user.get().userId());
    model.addAttribute("embedded", server != null);
    model.addAttribute("mails", server == null ? java.util.List.of() : server.sent());
    return "platform/outbox";
  }
}
