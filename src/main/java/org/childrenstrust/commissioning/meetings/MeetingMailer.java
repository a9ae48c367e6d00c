package org.childrenstrust.commissioning.meetings;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.childrenstrust.commissioning.platform.mail.Mail;
import org.childrenstrust.commissioning.meetings.domain.AgendaItem;
import org.childrenstrust.commissioning.meetings.domain.BodyMember;
import org.childrenstrust.commissioning.meetings.domain.DecisionRequest;
import org.childrenstrust.commissioning.meetings.domain.GovernanceBody;
import org.childrenstrust.commissioning.meetings.domain.Meeting;
import org.childrenstrust.commissioning.meetings.domain.MeetingAction;
import org.childrenstrust.commissioning.meetings.domain.MemberRole;
import org.childrenstrust.commissioning.meetings.publication.PublicLinks;
import org.childrenstrust.commissioning.platform.identity.GovernanceGroup;
import org.springframework.stereotype.Component;

/**
 * The e-mails of the meeting cycle: agenda published, papers chased, minutes circulated, actions
 * due, deadlines near. Sending is a call to another system: the delegates that call this run
 * asynchronously, so a mail server that is down becomes a retried job and then an incident.
 */
@Component
class MeetingMailer {

  public static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("EEEE d MMMM yyyy", Locale.UK);

  private final Mail mail;
  private final PublicLinks links;

  public MeetingMailer(Mail mail, PublicLinks links) {
    this.mail = mail;
    this.links = links;
  }

  public void agendaPublished(Meeting meeting) {
    StringBuilder text = new StringBuilder()
        .append("The agenda of the ").append(meeting.getTitle()).append(" is published.\n\n")
        .append(when(meeting)).append("\n\nAgenda\n");
    for (AgendaItem item : meeting.orderedItems()) {
      text.append(String.format("%2d  %s  %s%s%s%n", item.getNumber(), item.getPlannedStart(),
          item.getDescription(), item.getLeadOfficer() == null ? "" : " (" + item.getLeadOfficer() + ")",
          item.isPublicItem() ? "" : " [exempt from publication]"));
    }
    text.append("\nAgenda pack (members): ").append(links.memberAgendaPack(meeting.getReference())).append("\n")
        .append("Public agenda: ").append(links.agenda(meeting.getReference())).append("\n")
        .append("Add the body's meetings to your calendar: ").append(links.calendar(meeting.getBody().getCode())).append("\n");
    send(memberEmails(meeting.getBody()), "Agenda published: " + meeting.getTitle() + ", "
        + DAY.format(meeting.getMeetingDate()), text.toString());
  }

  public void papersOutstanding(Meeting meeting, List<AgendaItem> outstanding) {
    StringBuilder text = new StringBuilder("These papers are still to follow for the ")
        .append(meeting.getTitle()).append(" (").append(when(meeting)).append("):\n\n");
    Set<String> to = new LinkedHashSet<>(clerkEmails());
    for (AgendaItem item : outstanding) {
      text.append("Item ").append(item.getNumber()).append(": ").append(item.getDescription())
          .append(" (lead: ").append(item.getLeadOfficer() == null ? "not named" : item.getLeadOfficer()).append(")\n");
      memberEmail(meeting.getBody(), item.getLeadOfficer()).ifPresent(to::add);
    }
    text.append("\nPlease upload the paper (PDF or Word) as soon as possible: ")
        .append(links.papersPage(meeting.getReference())).append("\n(log in to Tasklist first), or send it to the clerk.\n");
    send(to, "Paper still to follow: " + meeting.getTitle() + ", " + DAY.format(meeting.getMeetingDate()), text.toString());
  }

  public void publicationDeadlineNear(Meeting meeting, LocalDate deadline) {
    send(clerkEmails(), "Agenda deadline: publish by " + DAY.format(deadline),
        "The agenda of the " + meeting.getTitle() + " (" + when(meeting) + ") must be published by "
            + DAY.format(deadline) + " to give members " + meeting.getBody().getPublicationClearDays()
            + " clear working days.\nIt is not approved yet: open the task in Tasklist, "
            + links.tasklist() + "\n");
  }

  public void minutesCirculated(Meeting meeting) {
    send(memberEmails(meeting.getBody()), "Draft minutes: " + meeting.getTitle() + ", "
        + DAY.format(meeting.getMeetingDate()),
        "The chair has approved the draft minutes of the " + meeting.getTitle() + " of "
            + DAY.format(meeting.getMeetingDate()) + ". They will be put to the next meeting for approval as a true record.\n\n"
            + "Minutes (members): " + links.memberMinutes(meeting.getReference()) + "\n"
            + (meeting.getActions().isEmpty() ? "" : "\nActions\n" + actionsText(meeting.getActions())));
  }

  public void actionReminder(MeetingAction action, boolean overdue) {
    if (action.getOwnerEmail() == null || action.getOwnerEmail().isBlank()) {
      return;
    }
    String subject = (overdue ? "Action overdue since " : "Action due ") + DAY.format(action.getDueDate())
        + ": " + action.getDescription();
    send(List.of(action.getOwnerEmail()), subject,
        "Dear " + action.getOwnerName() + ",\n\nAt the " + action.getMeeting().getTitle() + " of "
            + DAY.format(action.getMeeting().getMeetingDate()) + " you took this action:\n\n  "
            + action.getDescription() + "\n\nIt " + (overdue ? "was" : "is") + " due on " + DAY.format(action.getDueDate())
            + ". Please tell the clerk when it is done; open actions are reported under matters arising at the next meeting.\n");
  }

  public void decisionOverdue(DecisionRequest request) {
    send(clerkEmails(), "Decision overdue: " + request.getSubject(),
        "The " + request.getBody().getName() + " was asked to decide by " + DAY.format(request.getDecideBy())
            + ":\n\n  " + request.getQuestion() + "\n\nNo decision has been minuted yet. Place it on the next agenda.\n");
  }

  static String when(Meeting meeting) {
    return DAY.format(meeting.getMeetingDate()) + ", " + meeting.getStartTime() + " to " + meeting.getEndTime()
        + ", " + meeting.getPlace();
  }

  private static String actionsText(Collection<MeetingAction> actions) {
    StringBuilder text = new StringBuilder();
    for (MeetingAction action : actions) {
      text.append("- ").append(action.getDescription()).append(" (").append(action.getOwnerName())
          .append(", due ").append(DAY.format(action.getDueDate())).append(")\n");
    }
    return text.toString();
  }

  List<String> memberEmails(GovernanceBody body) {
    List<String> emails = new ArrayList<>();
    for (BodyMember member : body.getMembers()) {
      if (member.isActive() && member.getEmail() != null && !member.getEmail().isBlank()
          && member.getRole() != MemberRole.SUBSTITUTE) {
        emails.add(member.getEmail());
      }
    }
    return emails;
  }

  private Optional<String> memberEmail(GovernanceBody body, String name) {
    if (name == null) {
      return Optional.empty();
    }
    return body.getMembers().stream()
        .filter(m -> m.getEmail() != null && name.equalsIgnoreCase(m.getPersonName()))
        .map(BodyMember::getEmail).findFirst();
  }

  List<String> clerkEmails() {
    return mail.emailsOfGroup(GovernanceGroup.CLERKS_ID);
  }

  private void send(Collection<String> to, String subject, String text) {
    mail.send(to, subject, text);
  }
}
