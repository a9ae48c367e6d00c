package org.childrenstrust.commissioning.platform.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import org.childrenstrust.commissioning.platform.PlatformWebTest;
import org.junit.jupiter.api.Test;

/** A person refused a page reads a sentence and a way on, never Spring's "Whitelabel Error Page". */
class ErrorPageTest extends PlatformWebTest {

  @Test
  void anOutcomeLeadRefusedByCockpitIsSentBackToTasklist() {
    var client = http();
    client.webappLogin("tasklist", "grace.okafor", "demo");

    HttpResponse<String> page = client.getHtml("/camunda/app/cockpit/default/");

    assertThat(page.body()).doesNotContain("Whitelabel");
    if (page.statusCode() == 403) {
      assertThat(page.body()).contains("not for your role").contains("/camunda/app/tasklist/");
    }
  }

  @Test
  void anUnknownPageSaysThereIsNothingThere() {
    HttpResponse<String> page = http().getHtml("/no-such-page");

    assertThat(page.statusCode()).isEqualTo(404);
    assertThat(page.body()).doesNotContain("Whitelabel").contains("There is no page here");
  }
}
