package org.childrenstrust.commissioning.platform.mail;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import jakarta.mail.internet.MimeMessage;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.childrenstrust.commissioning.support.ProcessTestSupport;
import org.childrenstrust.commissioning.support.TestMail;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * A step whose transaction is lost after its e-mail went (here: a failure later in the same
 * transaction; in real life also a crash before the commit) runs again as the same job: the
 * message is not sent a second time, and the step still completes.
 */
class MailSentOnceTest extends ProcessTestSupport {

  static final String PROCESS = "PlatformMailThenFail";

  @RegisterExtension static GreenMailExtension greenMail = TestMail.server();

  @Autowired RepositoryService repositoryService;
  @Autowired JdbcTemplate jdbc;
  private String deployment;

  @BeforeEach
  void deploy() {
    deployment = repositoryService.createDeployment().addModelInstance(PROCESS + ".bpmn",
        Bpmn.createExecutableProcess(PROCESS).name("Mail then fail").camundaHistoryTimeToLive(1)
            .startEvent("Event_Start").name("Start")
            .serviceTask("Task_Send").name("Send the agenda").camundaAsyncBefore()
              .camundaFailedJobRetryTimeCycle("R3/PT1S")
              .camundaExpression("${mail.send(mail.emailsOfGroup('clerks'), subject, 'The agenda is published.')}")
            .serviceTask("Task_Record").name("Record that it went")
              .camundaExpression("${broken ? execution.getVariable('no such thing').length() : true}")
            .endEvent("Event_Done").name("Done")
            .done()).deploy().getId();
  }

  @AfterEach
  void undeploy() {
    repositoryService.deleteDeployment(deployment, true);
  }

  @Test
  void aStepThatRunsAgainAfterItsMailWentDoesNotSendItTwice() {
    ProcessInstance pi = runtimeService.startProcessInstanceByKey(PROCESS,
        Map.of("broken", true, "subject", "Agenda published: ECG, Tuesday 12 January 2027"));
    Job job = managementService.createJobQuery().processInstanceId(pi.getId()).singleResult();

    assertThatThrownBy(() -> managementService.executeJob(job.getId())).isInstanceOf(RuntimeException.class);
    assertThat(greenMail.getReceivedMessages()).extracting(m -> m.getSubject()).isNotEmpty()
        .allMatch("Agenda published: ECG, Tuesday 12 January 2027"::equals);
    int copies = greenMail.getReceivedMessages().length;
    // the step's transaction was rolled back: the process still waits before the step
    assertThat(managementService.createJobQuery().jobId(job.getId()).singleResult().getRetries()).isEqualTo(2);

    runtimeService.setVariable(pi.getId(), "broken", false);
    managementService.executeJob(job.getId());

    assertThat(runtimeService.createProcessInstanceQuery().processInstanceId(pi.getId()).count()).isZero();
    assertThat(greenMail.getReceivedMessages()).hasSize(copies);
    assertThat(jdbc.queryForObject("select count(*) from ct_mail_sent where job_id = ?", Integer.class, job.getId()))
        .isEqualTo(1);
  }

  @Test
  void aStepInterruptedWhileSendingSendsTheMessageAgainAsTheSameMessage() throws Exception {
    ProcessInstance pi = runtimeService.startProcessInstanceByKey(PROCESS,
        Map.of("broken", true, "subject", "Agenda published: ECG, Tuesday 9 March 2027"));
    Job job = managementService.createJobQuery().processInstanceId(pi.getId()).singleResult();
    assertThatThrownBy(() -> managementService.executeJob(job.getId())).isInstanceOf(RuntimeException.class);
    int copies = greenMail.getReceivedMessages().length;
    assertThat(copies).isPositive();
    // as if the application had died after claiming the message and before the server's answer was marked
    jdbc.update("update ct_mail_sent set state = 'SENDING' where job_id = ?", job.getId());

    runtimeService.setVariable(pi.getId(), "broken", false);
    managementService.executeJob(job.getId());

    assertThat(runtimeService.createProcessInstanceQuery().processInstanceId(pi.getId()).count()).isZero();
    assertThat(greenMail.getReceivedMessages()).hasSize(2 * copies);
    List<String> ids = new ArrayList<>();
    for (MimeMessage m : greenMail.getReceivedMessages()) {
      ids.add(m.getMessageID());
    }
    assertThat(ids).allMatch(id -> id.startsWith("<") && id.endsWith(">")).containsOnly(ids.get(0));
    assertThat(jdbc.queryForObject("select state from ct_mail_sent where job_id = ?", String.class, job.getId()))
        .isEqualTo("SENT");
  }

  @Test
  void aSecondRunOfTheStepWhileTheFirstStillHoldsTheJobsLockDoesNotSendItAgain() throws Exception {
    ProcessInstance pi = runtimeService.startProcessInstanceByKey(PROCESS,
        Map.of("broken", true, "subject", "Agenda published: ECG, Tuesday 16 March 2027"));
    Job job = managementService.createJobQuery().processInstanceId(pi.getId()).singleResult();
    assertThatThrownBy(() -> managementService.executeJob(job.getId())).isInstanceOf(RuntimeException.class);
    int copies = greenMail.getReceivedMessages().length;
    assertThat(copies).isPositive();
    // as if a first run had claimed the messages and were still talking to the mail server, its lock on the job alive
    java.util.Date lockUntil = new java.util.Date(ClockUtil.getCurrentTime().getTime() + 5 * 60_000);
    jdbc.update("update ct_mail_sent set state = 'SENDING', claim_lock_until = ? where job_id = ?",
        new java.sql.Timestamp(lockUntil.getTime()), job.getId());
    runtimeService.setVariable(pi.getId(), "broken", false);

    assertThatThrownBy(() -> managementService.executeJob(job.getId()))
        .hasMessageContaining("still holds the job's lock");
    assertThat(greenMail.getReceivedMessages()).as("nothing sent by the second run").hasSize(copies);
    assertThat(runtimeService.createProcessInstanceQuery().processInstanceId(pi.getId()).count()).isOne();
    assertThat(jdbc.queryForList("select state from ct_mail_sent where job_id = ?", String.class, job.getId())).containsOnly("SENDING");

    // the first run is gone (its lock expired without a SENT mark): the retry sends the messages again
    jdbc.update("update ct_mail_sent set claim_lock_until = ? where job_id = ?",
        new java.sql.Timestamp(ClockUtil.getCurrentTime().getTime() - 1000), job.getId());
    managementService.executeJob(job.getId());
    assertThat(greenMail.getReceivedMessages()).hasSize(2 * copies);
    assertThat(runtimeService.createProcessInstanceQuery().processInstanceId(pi.getId()).count()).isZero();
  }

  @Test
  void anotherRunOfTheStepIsAnotherMessage() {
    Map<String, Object> variables = Map.of("broken", false, "subject", "Agenda published: ECG, Tuesday 9 February 2027");
    ProcessInstance first = runtimeService.startProcessInstanceByKey(PROCESS, variables);
    runDueJobs(first.getId());
    int copies = greenMail.getReceivedMessages().length;
    assertThat(copies).isPositive();

    ProcessInstance second = runtimeService.startProcessInstanceByKey(PROCESS, variables);
    runDueJobs(second.getId());

    assertThat(greenMail.getReceivedMessages()).hasSize(2 * copies);
  }
}
