package org.childrenstrust.commissioning.oversight;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.net.http.HttpResponse;
import java.util.List;
import javax.imageio.ImageIO;
import org.childrenstrust.commissioning.platform.HttpTestClient;
import org.childrenstrust.commissioning.support.ProcessTestSupport;
import org.childrenstrust.commissioning.support.browser.Browser;
import org.childrenstrust.commissioning.support.browser.BrowserExtension;
import org.childrenstrust.commissioning.support.browser.Tasklist;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebElement;
import org.springframework.boot.test.web.server.LocalServerPort;

/** A Board member logged into Tasklist reads the oversight dashboard in headless Chromium; its charts are drawn. */
@ExtendWith(BrowserExtension.class)
class OversightDashboardBrowserTest extends ProcessTestSupport {

  @LocalServerPort int port;

  /** Pixels of the bars' colour (#1d5f8a) in a screenshot. */
  private static long barPixels(byte[] png) throws Exception {
    BufferedImage image = ImageIO.read(new ByteArrayInputStream(png));
    long n = 0;
    for (int x = 0; x < image.getWidth(); x++) {
      for (int y = 0; y < image.getHeight(); y++) {
        if ((image.getRGB(x, y) & 0xFFFFFF) == 0x1D5F8A) {
          n++;
        }
      }
    }
    return n;
  }

  @Test
  void aBoardMemberSeesTheStrategyActionsChartAndWhatIsOverdue(Browser browser) throws Exception {
    Tasklist.open(browser, port).login("hannah.wells", "demo");
    browser.open("http://localhost:" + port + "/oversight/dashboard");
    WebElement chart = browser.waitUntil("the strategy chart", d -> d.findElement(By.id("strategy-chart")));
    assertThat(browser.driver().findElement(By.tagName("h1")).getText()).isEqualTo("Commissioning oversight");
    assertThat(chart.findElements(By.tagName("rect"))).hasSize(3);
    assertThat(chart.getText()).contains("In progress").contains("Complete");
    assertThat(browser.driver().findElement(By.id("overdue")).getText()).startsWith("Overdue (");
    assertThat(browser.driver().findElement(By.tagName("main")).getText()).contains("Strategy action 7 (6.7: Workforce Development), owner ruth.adeyemi");

    browser.scrollToCentre(chart);
    byte[] screenshot = ((TakesScreenshot) browser.driver()).getScreenshotAs(OutputType.BYTES);
    java.nio.file.Files.createDirectories(java.nio.file.Path.of("target", "screenshots"));
    java.nio.file.Files.write(java.nio.file.Path.of("target", "screenshots", "oversight-dashboard.png"), screenshot);
    assertThat(barPixels(screenshot)).as("the bars of the chart are drawn (in progress 7, complete 2)").isGreaterThan(3000);
  }

  @Test
  void theFiguresExportToCsvAndOthersAreRefused() {
    HttpResponse<String> csv = new HttpTestClient(port).basic("tom.hadley", "demo").get("/oversight/dashboard/strategy.csv");
    assertThat(csv.statusCode()).isEqualTo(200);
    assertThat(csv.body().lines().toList()).isEqualTo(List.of("Item,Figure", "Not started,0", "In progress,7", "Complete,2"));
    assertThat(new HttpTestClient(port).basic("grace.okafor", "demo").get("/oversight/dashboard").statusCode()).isEqualTo(403);
    assertThat(new HttpTestClient(port).get("/oversight/dashboard").statusCode()).isEqualTo(401);
    assertThat(new HttpTestClient(port).basic("hannah.wells", "demo").get("/oversight/dashboard/nothing.csv").statusCode()).isEqualTo(404);
  }
}
