package org.childrenstrust.commissioning.grants.abg;

import java.util.Collection;
import java.util.List;
import org.childrenstrust.commissioning.platform.mail.Mail;
import org.childrenstrust.commissioning.grants.abg.domain.Allocation;
import org.childrenstrust.commissioning.grants.abg.domain.Reallocation;
import org.childrenstrust.commissioning.grants.abg.domain.Underspend;
import org.childrenstrust.commissioning.platform.identity.GovernanceGroup;
import org.childrenstrust.commissioning.shared.money.Money;
import org.springframework.stereotype.Component;

/**
 * The ABG's e-mails. Called from asynchronous steps only, which record in the domain row that the
 * mail went, so a retried step does not send it twice.
 */
@Component
class AbgMailer {

  private final Mail mail;
  private final String baseUrl;

  AbgMailer(Mail mail, org.childrenstrust.commissioning.platform.identity.CommissioningProperties properties) {
    this.mail = mail;
    String url = properties.publicBaseUrl() == null ? "" : properties.publicBaseUrl();
    this.baseUrl = url.endsWith("/") ? url.substring(0, url.length() - 1) : url;
  }

  /** Where a quarter's report is read (Tasklist log-in or HTTP Basic, {@link QuarterReportsPage}): html, pdf or csv. */
  String summaryLink(String yearLabel, int quarter, String outcomeGroup, String format) {
    return baseUrl + "/abg/quarters/" + quarter + "/summaries/" + outcomeGroup + "." + format + "?financialYear=" + yearLabel;
  }

  String lspReturnLink(String yearLabel, int quarter, String format) {
    return baseUrl + "/abg/quarters/" + quarter + "/lsp-return." + format + "?financialYear=" + yearLabel;
  }

  void outcomeGroupSummary(String outcomeGroup, String yearLabel, int quarter, QuarterReports.Report report, byte[] pdf) {
    String text = "The quarter " + quarter + " monitoring summary of the Area Based Grant activities that the "
        + QuarterReports.outcomeGroupName(outcomeGroup) + " outcome group performance-manages is attached (PDF).\n\n"
        + String.join("\n", report.facts()) + "\n\n"
        + "Read it online: " + summaryLink(yearLabel, quarter, outcomeGroup, "html") + "\n"
        + "As a spreadsheet (CSV): " + summaryLink(yearLabel, quarter, outcomeGroup, "csv") + "\n"
        + "(log in to Tasklist first, or sign in with your Tasklist user name and password)\n";
    mail.sendPdf(emailsOfGroup(outcomeGroup), report.title(), text, report.fileName() + ".pdf", pdf);
  }

  void underspendConfirmed(Underspend underspend) {
    String text = "The Head of Children's Trust Development has confirmed a potential underspend on the Area Based Grant "
        + underspend.getYear().getLabel() + ".\n\n"
        + "Activity: " + underspend.getActivity().getName() + " (" + underspend.getActivity().getReference() + ")\n"
        + "Underspend: " + Money.format(underspend.getAmount()) + "\n"
        + "Reason: " + underspend.getReason() + "\n"
        + "Declared by: " + underspend.getDeclaredBy() + "\n\n"
        + "Unallocated now: " + Money.format(underspend.getYear().getUnallocated()) + ". The system proposes a reallocation from "
        + "the approved priority list for the Management Group's decision (no bidding round).\n";
    send(emailsOfGroup(GovernanceGroup.MANAGEMENT_GROUP_ID), "ABG underspend declared: " + underspend.getActivity().getName()
        + ", " + Money.format(underspend.getAmount()), text);
  }

  void newlyFunded(Allocation allocation, Reallocation reallocation) {
    String text = "The Children's Trust Management Group (" + reallocation.getDecisionMeeting() + ") has reallocated Area Based Grant "
        + allocation.getYear().getLabel() + " money from the approved priority list to " + allocation.getActivity().getName() + ".\n\n"
        + "Amount: " + Money.format(allocation.getAmount()) + "\n"
        + "Basis: reallocation of a declared underspend"
        + (reallocation.getAmendmentReason() == null ? "" : " (amended: " + reallocation.getAmendmentReason() + ")") + "\n\n"
        + "Conditions of funding:\n"
        + "- declare potential underspends to the Head of Children's Trust Development at once;\n"
        + "- submit a quarterly monitoring return within 10 working days of each quarter end, from quarter "
        + allocation.getMonitoredFromQuarter() + ";\n"
        + "- a detailed forecast is required at quarter 2 (end of September).\n";
    send(emailsOf(List.of(allocation.getActivity().getLeadOfficer())), "ABG funding: " + allocation.getActivity().getName() + ", "
        + Money.format(allocation.getAmount()), text);
  }

  void fundingLetter(Allocation allocation, String text, byte[] pdf) {
    mail.sendPdf(emailsOf(List.of(allocation.getActivity().getLeadOfficer())),
        "ABG " + allocation.getYear().getLabel() + " funding letter: " + allocation.getActivity().getName() + ", "
            + Money.format(allocation.getAmount()), text,
        "ABG-" + allocation.getYear().getLabel().replace('/', '-') + "-" + allocation.getActivity().getReference()
            + "-funding-letter.pdf", pdf);
  }


  void returnReminder(MonitoringService.ReturnContext r, String due) {
    send(emailsOf(List.of(r.leadOfficer())), "ABG " + r.yearLabel() + " Q" + r.quarter() + " return due " + due + ": " + r.activity(),
        "Your quarter " + r.quarter() + " monitoring return for " + r.activity() + " (" + r.reference() + ") is due by " + due
            + ". Submit it in Tasklist: spend to date and forecast outturn" + (r.quarter() == 2 ? ", with the month-by-month forecast" : "") + ".\n");
  }

  void returnChased(MonitoringService.ReturnContext r, String due) {
    send(emailsOf(List.of(r.leadOfficer())), "Overdue: ABG " + r.yearLabel() + " Q" + r.quarter() + " return for " + r.activity(),
        "Your quarter " + r.quarter() + " monitoring return for " + r.activity() + " was due by " + due + " and has not arrived. "
            + "Please submit it in Tasklist today.\n");
  }

  void returnEscalated(MonitoringService.ReturnContext r, String due) {
    send(emailsOfGroup(GovernanceGroup.COMMISSIONING_OFFICERS.id()), "Escalation: ABG " + r.yearLabel() + " Q" + r.quarter()
        + " return missing for " + r.activity(), "The quarter " + r.quarter() + " return for " + r.activity() + " (" + r.reference()
        + ", lead officer " + r.leadOfficer() + ") was due by " + due + " and is still missing after chasing.\n");
  }

  private List<String> emailsOfGroup(String groupId) {
    return mail.emailsOfGroup(groupId);
  }

  private List<String> emailsOf(Collection<String> userIds) {
    return mail.emailsOf(userIds);
  }

  private void send(Collection<String> to, String subject, String text) {
    mail.send(to, subject, text);
  }
}
