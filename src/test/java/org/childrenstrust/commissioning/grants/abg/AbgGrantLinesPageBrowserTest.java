package org.childrenstrust.commissioning.grants.abg;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.childrenstrust.commissioning.platform.identity.DemoUsers;
import org.childrenstrust.commissioning.support.ProcessTestSupport;
import org.childrenstrust.commissioning.support.browser.Browser;
import org.childrenstrust.commissioning.support.browser.BrowserExtension;
import org.childrenstrust.commissioning.support.browser.Tasklist;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/** The commissioning officer, logged into Tasklist, uploads the grant lines workbook (.xlsx) on the page in headless Chromium. */
@ExtendWith(BrowserExtension.class)
class AbgGrantLinesPageBrowserTest extends ProcessTestSupport {

  @LocalServerPort int port;
  @Autowired JdbcTemplate jdbc;

  @Test
  void theOfficerUploadsTheWorkbookFromTheBrowser(Browser browser, @TempDir Path folder) throws Exception {
    String label = "2125/26";
    identityService.setAuthentication(AbgFixtures.OFFICER, List.of("commissioning-officers"));
    try {
      String definition = processEngine.getRepositoryService().createProcessDefinitionQuery()
          .processDefinitionKey(AbgProcess.ANNUAL_ALLOCATION).latestVersion().singleResult().getId();
      processEngine.getFormService().submitStartForm(definition, Map.of(AbgProcess.FINANCIAL_YEAR, label,
          AbgProcess.FUNDING_PERCENT, "94", AbgProcess.REALLOCATION_POLICY, "SKIP"));
    } finally {
      identityService.clearAuthentication();
    }
    Path workbook = Files.write(folder.resolve("abg-2125-26.xlsx"), AbgGrantLinesUploadTest.xlsx(AbgGrantLinesUploadTest.seedRows()));
    Tasklist.open(browser, port).login(DemoUsers.COMMISSIONING_OFFICER.id(), DemoUsers.PASSWORD);

    browser.open("http://localhost:" + port + "/abg/grant-lines");
    browser.waitUntil("the upload form", d -> d.findElement(By.id("financialYear"))).sendKeys(label);
    browser.driver().findElement(By.id("file")).sendKeys(workbook.toString());
    browser.click(browser.driver().findElement(By.cssSelector("button[type=submit]")));

    String message = browser.waitUntil("the upload's confirmation", d -> d.findElement(By.cssSelector("[role=status]")).getText());
    assertThat(message).startsWith("Loaded 9 grant lines for 2125/26 from abg-2125-26.xlsx.");
    assertThat(jdbc.queryForObject("select count(*) from abg_grant_line l join abg_year y on y.id = l.year_id where y.label = ?",
        Integer.class, label)).isEqualTo(9);
  }
}
