package org.childrenstrust.commissioning.meetings.publication;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.childrenstrust.commissioning.meetings.domain.AgendaPaperRepository;
import org.childrenstrust.commissioning.meetings.domain.MeetingStatus;
import org.childrenstrust.commissioning.platform.identity.DemoUsers;
import org.childrenstrust.commissioning.support.browser.Browser;
import org.childrenstrust.commissioning.support.browser.BrowserExtension;
import org.childrenstrust.commissioning.support.browser.Tasklist;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.springframework.beans.factory.annotation.Autowired;

/** The clerk, logged into Tasklist, uploads a report on the meeting's papers page in headless Chromium. */
@ExtendWith(BrowserExtension.class)
class PapersPageBrowserTest extends PublicationHttpTest {

  @Autowired
  AgendaPaperRepository uploads;

  @Test
  void theClerkLoggedIntoTasklistUploadsTheReportToFollow(Browser browser, @TempDir Path folder) throws Exception {
    String reference = meeting(body("management-group"), MARCH_11, MeetingStatus.AGENDA_PUBLISHED);
    Path report = Files.write(folder.resolve("task-and-finish.pdf"), TestPapers.pdf("Task and finish", 2));
    Tasklist.open(browser, port).login(DemoUsers.CLERK.id(), DemoUsers.PASSWORD);

    browser.open("http://localhost:" + port + "/meetings/" + reference + "/papers");
    WebElement row = browser.waitUntil("item 5 on the papers page", d -> d.findElement(By.id("item-5")));
    assertThat(row.getText()).contains("Report to follow – not received yet");
    row.findElement(By.cssSelector("input[type=file]")).sendKeys(report.toString());
    browser.click(row.findElement(By.cssSelector("button[type=submit]")));

    String message = browser.waitUntil("the upload's confirmation",
        d -> d.findElement(By.cssSelector("[role=status]")).getText());
    assertThat(message).isEqualTo("Uploaded: task-and-finish.pdf for item 5");
    assertThat(browser.driver().findElement(By.id("item-5")).getText()).contains("Report received (PDF: in the agenda pack)");
    Long stored = transaction.execute(tx -> uploads.findByAgendaItem(meetings.findByReference(reference).orElseThrow()
        .item(5).orElseThrow()).orElseThrow().getSize());
    assertThat(stored).isEqualTo(Files.size(report));
  }
}
