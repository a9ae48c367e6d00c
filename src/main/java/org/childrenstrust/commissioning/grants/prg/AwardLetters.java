package org.childrenstrust.commissioning.grants.prg;

import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.Month;
import java.util.ArrayList;
import java.util.List;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.User;
import org.childrenstrust.commissioning.grants.prg.domain.PrgRound;
import org.childrenstrust.commissioning.grants.prg.domain.ReceivedProposal;
import org.childrenstrust.commissioning.grants.prg.domain.ReceivedProposalRepository;
import org.childrenstrust.commissioning.platform.identity.GovernanceGroup;
import org.childrenstrust.commissioning.shared.calendar.BusinessClock;
import org.childrenstrust.commissioning.shared.calendar.WorkingDays;
import org.childrenstrust.commissioning.shared.errors.NotFound;
import org.childrenstrust.commissioning.shared.money.Money;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.MimeMessageHelper;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.util.HtmlUtils;

/**
 * The SSP Board's award letters (PDF) with their payment schedule: the award in two instalments
 * that add up to the penny, the first ten working days after the Board's decision, the second on
 * the first working day of October of the financial year. Each letter goes once to the account
 * that submitted the proposal, copied to the Partnerships Team.
 */
@Service
@Transactional
class AwardLetters {

  /** One payment of the schedule. */
  record Instalment(LocalDate due, BigDecimal amount) {}

  private final ReceivedProposalRepository received;
  private final WorkingDays workingDays;
  private final JavaMailSender mailSender;
  private final IdentityService identityService;
  private final String from;

  AwardLetters(ReceivedProposalRepository received, WorkingDays workingDays, JavaMailSender mailSender,
      IdentityService identityService, @Value("${commissioning.mail.from}") String from) {
    this.received = received;
    this.workingDays = workingDays;
    this.mailSender = mailSender;
    this.identityService = identityService;
    this.from = from;
  }

  List<Instalment> schedule(ReceivedProposal proposal, LocalDate decidedOn) {
    if (proposal.getAwardedAmount() == null || proposal.getAwardedAmount().signum() == 0) {
      return List.of();
    }
    List<BigDecimal> halves = Money.splitEvenly(proposal.getAwardedAmount(), 2);
    LocalDate first = workingDays.plusWorkingDays(decidedOn, 10);
    int startYear = Integer.parseInt(proposal.getRound().getFinancialYear().substring(0, 4));
    LocalDate october = LocalDate.of(startYear, Month.OCTOBER, 1);
    while (!workingDays.isWorkingDay(october)) {
      october = october.plusDays(1);
    }
    LocalDate second = october.isAfter(first) ? october : workingDays.plusWorkingDays(first, 20);
    return List.of(new Instalment(first, halves.get(0)), new Instalment(second, halves.get(1)));
  }

  @Transactional(readOnly = true)
  byte[] pdf(String receiptReference) {
    ReceivedProposal proposal = received.findAll().stream().filter(p -> p.getReceiptReference().equals(receiptReference))
        .findFirst().orElseThrow(() -> new NotFound("There is no proposal with receipt " + receiptReference + "."));
    if (proposal.getAwardedLevel() == null) {
      throw new NotFound("Proposal " + receiptReference + " has no award yet.");
    }
    return pdf(proposal, proposal.getLetterSentOn() == null ? BusinessClock.today() : proposal.getLetterSentOn());
  }

  /** Sends the proposal's letter once; a retried step does not send it again. */
  void send(Long receivedProposalId) {
    ReceivedProposal proposal = received.findById(receivedProposalId)
        .orElseThrow(() -> new NotFound("There is no received proposal " + receivedProposalId + "."));
    LocalDate today = BusinessClock.today();
    if (!proposal.letterSent(today)) {
      return;
    }
    List<String> cc = identityService.createUserQuery().memberOfGroup(GovernanceGroup.PARTNERSHIPS_TEAM.id()).list().stream()
        .map(User::getEmail).filter(e -> e != null && !e.isBlank()).toList();
    User submitter = identityService.createUserQuery().userId(proposal.getSubmittedBy()).singleResult();
    List<String> to = new ArrayList<>();
    if (submitter != null && submitter.getEmail() != null) {
      to.add(submitter.getEmail());
    }
    if (to.isEmpty() && cc.isEmpty()) {
      return;
    }
    try {
      MimeMessage message = mailSender.createMimeMessage();
      MimeMessageHelper helper = new MimeMessageHelper(message, true);
      helper.setFrom(from);
      helper.setTo((to.isEmpty() ? cc : to).toArray(String[]::new));
      if (!to.isEmpty() && !cc.isEmpty()) {
        helper.setCc(cc.toArray(String[]::new));
      }
      helper.setSubject("Performance Reward Grant " + proposal.getRound().getFinancialYear() + ": award to "
          + proposal.getPartnershipName());
      helper.setText("The SSP Board's decision on " + proposal.getProjectTitle() + " (" + proposal.getReceiptReference()
          + ") is attached, with the payment schedule.");
      helper.addAttachment("PRG-award-" + proposal.getReceiptReference() + ".pdf", new ByteArrayResource(pdf(proposal, today)));
      mailSender.send(message);
    } catch (MessagingException e) {
      throw new IllegalStateException("Could not write the award letter of " + proposal.getReceiptReference(), e);
    }
  }

  private byte[] pdf(ReceivedProposal proposal, LocalDate decidedOn) {
    PrgRound round = proposal.getRound();
    StringBuilder html = new StringBuilder("<html><head><style>body{font-family:sans-serif;font-size:11pt}"
        + "td,th{border:1px solid #999;padding:4px}table{border-collapse:collapse}</style></head><body>")
        .append("<h1>Performance Reward Grant ").append(esc(round.getFinancialYear())).append("</h1>")
        .append("<p>To: ").append(esc(proposal.getPartnershipName())).append("</p>")
        .append("<p>Your proposal <b>").append(esc(proposal.getProjectTitle())).append("</b> (receipt ")
        .append(esc(proposal.getReceiptReference())).append(")</p>")
        .append("<p>The SSP Board, at its meeting ").append(esc(String.valueOf(round.getBoardMeeting())))
        .append(", on the recommendation of the Performance Management Group, has decided: <b>")
        .append(esc(label(proposal.getAwardedLevel()))).append("</b>, ").append(esc(Money.format(proposal.getAwardedAmount())))
        .append(".</p>");
    List<Instalment> schedule = schedule(proposal, decidedOn);
    if (schedule.isEmpty()) {
      html.append("<p>No payment will be made for this proposal.</p>");
    } else {
      html.append("<h2>Payment schedule</h2><table><tr><th>Due</th><th>Amount</th></tr>");
      for (Instalment instalment : schedule) {
        html.append("<tr><td>").append(SubmissionDeadline.spoken(instalment.due())).append("</td><td>")
            .append(esc(Money.format(instalment.amount()))).append("</td></tr>");
      }
      html.append("<tr><th>Total</th><th>").append(esc(Money.format(proposal.getAwardedAmount()))).append("</th></tr></table>");
    }
    html.append("<p>").append(esc(String.valueOf(round.getBoardRationale()))).append("</p></body></html>");
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    PdfRendererBuilder builder = new PdfRendererBuilder();
    builder.useFastMode();
    builder.withHtmlContent(html.toString(), null);
    builder.toStream(out);
    try {
      builder.run();
    } catch (IOException e) {
      throw new UncheckedIOException("Could not write the award letter of " + proposal.getReceiptReference(), e);
    }
    return out.toByteArray();
  }

  static String label(ReceivedProposal.Level level) {
    return switch (level) {
      case NONE -> "no funding";
      case LESS -> "20% less than the equal share";
      case EQUAL -> "the equal share";
      case MORE -> "20% more than the equal share";
    };
  }

  private static String esc(String text) {
    return HtmlUtils.htmlEscape(text == null ? "" : text, "UTF-8");
  }
}
