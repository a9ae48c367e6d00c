package org.childrenstrust.commissioning.meetings;

import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import jakarta.mail.internet.MimeMessage;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.Arrays;
import org.camunda.bpm.engine.runtime.Job;
import org.childrenstrust.commissioning.support.TestMail;
import org.childrenstrust.commissioning.meetings.domain.Meeting;
import org.childrenstrust.commissioning.meetings.domain.MeetingAction;
import org.childrenstrust.commissioning.support.ProcessTestSupport;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.support.TransactionTemplate;

/** Owners of open actions are reminded before the due date and when overdue, by the ActionReminders process. */
class ActionRemindersTest extends ProcessTestSupport {

  @RegisterExtension
  static GreenMailExtension mail = TestMail.server();

  @Autowired MeetingService meetingService;
  @Autowired ActionReminders reminders;
  @Autowired TransactionTemplate transaction;

  private static String subject(MimeMessage message) {
    try {
      return message.getSubject();
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }

  private static final String OWNER = "leah.fraser@childrens-trust.example";

  /** Runs the reminders for a day; how many reached this test's action owner (other data may get some too). */
  private int sent(LocalDate day) {
    int before = mail.getReceivedMessagesForDomain(OWNER).length;
    transaction.executeWithoutResult(s -> reminders.sendDue(day));
    return mail.getReceivedMessagesForDomain(OWNER).length - before;
  }

  @Test
  void remindersGoOutBeforeTheDueDateAndWeeklyWhenOverdueUntilDone() {
    transaction.executeWithoutResult(s -> {
      Meeting meeting = meetingService.create("ECONOMIC-WELLBEING", LocalDate.of(2032, 3, 4), LocalTime.of(14, 0), LocalTime.of(16, 0), null);
      meeting.getActions().add(new MeetingAction(meeting, null, "Map apprenticeship places", "Leah Fraser",
          "leah.fraser@childrens-trust.example", LocalDate.of(2032, 3, 19)));
    });
    // Tue 16 Mar: the due date (Fri 19) is more than 2 working days away
    assertThat(sent(LocalDate.of(2032, 3, 16))).isZero();
    assertThat(sent(LocalDate.of(2032, 3, 17))).isEqualTo(1);
    assertThat(sent(LocalDate.of(2032, 3, 18))).as("once only").isZero();
    assertThat(sent(LocalDate.of(2032, 3, 22))).as("overdue").isEqualTo(1);
    assertThat(sent(LocalDate.of(2032, 3, 26))).as("not again within the week").isZero();
    assertThat(sent(LocalDate.of(2032, 3, 29))).as("a week later").isEqualTo(1);
    assertThat(Arrays.stream(mail.getReceivedMessagesForDomain(OWNER)).map(ActionRemindersTest::subject)).containsExactly(
        "Action due Friday 19 March 2032: Map apprenticeship places",
        "Action overdue since Friday 19 March 2032: Map apprenticeship places",
        "Action overdue since Friday 19 March 2032: Map apprenticeship places");
    Long id = transaction.execute(s -> meetingService.meeting("ECONOMIC-WELLBEING-2032-03-04").getActions().get(0).getId());
    transaction.executeWithoutResult(s -> meetingService.completeAction(id, "Mapped"));
    assertThat(sent(LocalDate.of(2032, 4, 5))).as("done: no more").isZero();
  }

  @Test
  void theActionRemindersProcessRunsEachWorkingMorning() {
    Job timer = managementService.createJobQuery().processDefinitionKey("ActionReminders").timers().singleResult();
    assertThat(timer).as("the timer start event's job").isNotNull();
    LocalDateTime due = LocalDateTime.ofInstant(timer.getDuedate().toInstant(), org.childrenstrust.commissioning.shared.calendar.BusinessClock.ZONE);
    assertThat(due.toLocalTime()).isEqualTo(LocalTime.of(7, 30));
    assertThat(due.getDayOfWeek().getValue()).isLessThanOrEqualTo(5);
    clockAt(due);
    managementService.executeJob(timer.getId());
    // the timer fired: an instance waits at its asynchronous reminder step, and the next morning is scheduled
    assertThat(managementService.createJobQuery().processDefinitionKey("ActionReminders").timers().singleResult().getDuedate())
        .isAfter(timer.getDuedate());
    Job remind = managementService.createJobQuery().processDefinitionKey("ActionReminders").messages().singleResult();
    managementService.executeJob(remind.getId());
    assertThat(historyService.createHistoricProcessInstanceQuery().processDefinitionKey("ActionReminders").finished().count())
        .isEqualTo(1);
  }
}
