package org.childrenstrust.commissioning.platform.mail;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import org.childrenstrust.commissioning.platform.PlatformWebTest;
import org.junit.jupiter.api.Test;

/**
 * The outbox page is for clerks and administrators signed in to Tasklist; others are told where
 * to go instead (the tests' context sends mail to the tests' own server, so it shows the notice
 * a real deployment shows).
 */
class OutboxPageTest extends PlatformWebTest {

  @Test
  void anonymousVisitorsAreAskedToSignInToTasklist() {
    HttpResponse<String> page = http().getHtml("/outbox");

    assertThat(page.statusCode()).isEqualTo(401);
    assertThat(page.body()).contains("Sign in to <a href=\"/camunda/app/tasklist/\">Tasklist</a> first");
  }

  @Test
  void anOutcomeLeadIsToldTheOutboxIsForClerks() {
    var client = http();
    client.webappLogin("tasklist", "grace.okafor", "demo");

    HttpResponse<String> page = client.getHtml("/outbox");

    assertThat(page.statusCode()).isEqualTo(403);
    assertThat(page.body()).contains("signed in as <strong>grace.okafor</strong>").contains("for clerks and administrators");
  }

  @Test
  void aClerkSignedInToTasklistReadsTheOutbox() {
    var client = http();
    client.webappLogin("tasklist", "clara.jones", "demo");

    HttpResponse<String> page = client.getHtml("/outbox");

    assertThat(page.statusCode()).isEqualTo(200);
    assertThat(page.body()).contains("Signed in as", "clara.jones").contains("sends e-mail through its SMTP server");
  }
}
