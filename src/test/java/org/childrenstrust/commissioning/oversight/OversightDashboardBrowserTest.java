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

  /** Pixels of the bars' colour in a screenshot of one chart. */
  private static long barPixels(WebElement chart) throws Exception {
    return barPixels(chart.getScreenshotAs(OutputType.BYTES));
  }

  @Test
  void onATabletTheGrantAndCycleChartsAreDrawnAndTheTablesFit(Browser browser) throws Exception {
    browser.driver().manage().window().setSize(new org.openqa.selenium.Dimension(768, 1024));
    Tasklist.open(browser, port).login("tom.hadley", "demo");
    clockAt(java.time.LocalDateTime.of(2010, 12, 1, 9, 0));
    browser.open("http://localhost:" + port + "/oversight/dashboard");
    WebElement allocations = browser.waitUntil("the allocations chart", d -> d.findElement(By.id("allocations-chart")));
    WebElement spend = browser.driver().findElement(By.id("spend-chart"));
    WebElement stages = browser.driver().findElement(By.id("stages-chart"));
    assertThat(browser.driver().findElement(By.id("allocations")).getText()).isEqualTo("Area Based Grant allocations by outcome group 2010/11");
    assertThat(allocations.findElements(By.tagName("rect"))).hasSize(5);
    assertThat(allocations.getText()).contains("Achieve Economic Well-being").contains("£1,394,246.00");
    assertThat(stages.findElements(By.tagName("rect"))).hasSize(5);
    assertThat(browser.driver().findElement(By.id("returns")).getText()).isEqualTo("Overdue quarterly returns (9)");
    assertThat(browser.driver().findElement(By.id("contracts")).getText()).isEqualTo("Contracts due for review (1)");
    assertThat(browser.driver().findElement(By.id("contracts-table")).getText()).contains("Short Breaks Herefordshire").contains("2010-12-17")
        .as("amounts read as pounds on the page (plain in the CSV)").contains("£150,000.00");
    assertThat(browser.driver().findElement(By.id("activities-table")).getText()).contains("£1,394,246.00").doesNotContain("1394246.00");
    assertThat(browser.driver().findElement(By.id("cycles-table")).findElements(By.cssSelector("tbody tr"))).hasSize(10);
    assertThat(browser.driver().findElements(By.cssSelector("th[scope=col]"))).isNotEmpty();
    assertThat(browser.driver().findElement(By.linkText("The commissioning cycles")).getAttribute("href")).endsWith("/cycles");
    assertThat(browser.driver().findElement(By.linkText("The contract register")).getAttribute("href")).endsWith("/api/contracts.csv");
    Long overflow = browser.script("return document.documentElement.scrollWidth - document.documentElement.clientWidth;");
    assertThat(overflow).as("no sideways scrolling of the page at tablet width").isLessThanOrEqualTo(0L);

    for (WebElement chart : List.of(allocations, spend, stages)) {
      browser.scrollToCentre(chart);
    }
    browser.scrollToCentre(allocations);
    long allocationBars = barPixels(allocations);
    browser.scrollToCentre(spend);
    long spendBars = barPixels(spend);
    browser.scrollToCentre(stages);
    long stageBars = barPixels(stages);
    java.nio.file.Files.createDirectories(java.nio.file.Path.of("target", "screenshots"));
    java.nio.file.Files.write(java.nio.file.Path.of("target", "screenshots", "oversight-dashboard-stages.png"), stages.getScreenshotAs(OutputType.BYTES));
    browser.scrollToCentre(allocations);
    java.nio.file.Files.write(java.nio.file.Path.of("target", "screenshots", "oversight-dashboard-tablet.png"),
        ((TakesScreenshot) browser.driver()).getScreenshotAs(OutputType.BYTES));
    // Bars are 18 units high, the largest 260 units wide: allocations 260+43+34+85+40, spend 260+66+262, stages 130+130+130+260+0.
    assertThat(allocationBars).as("the allocation bars are drawn").isGreaterThan(5000);
    assertThat(spendBars).as("the spend and forecast bars are drawn").isGreaterThan(6000);
    assertThat(stageBars).as("the stage bars are drawn").isGreaterThan(7000);
  }

  @Test
  void theGrantAndCycleFiguresExportToCsvToThePenny() {
    clockAt(java.time.LocalDateTime.of(2010, 12, 1, 9, 0));
    HttpTestClient board = new HttpTestClient(port).basic("tom.hadley", "demo");
    assertThat(board.get("/oversight/dashboard/allocations.csv").body().lines().toList()).isEqualTo(List.of("Item,Figure",
        "Achieve Economic Well-being,1394246.00", "Be Healthy,231000.00",
        "Enjoy and Achieve,180000.00", "Make a Positive Contribution,458006.00",
        "Stay Safe,216160.00"));
    assertThat(board.get("/oversight/dashboard/spend.csv").body().lines().toList()).isEqualTo(List.of("Item,Figure",
        "Allocation 2010/11,2479412.00", "Spend to date (latest returns),624853.00", "Forecast outturn (latest returns),2499412.00"));
    List<String> activities = board.get("/oversight/dashboard/activities.csv").body().lines().toList();
    assertThat(activities).hasSize(10).first()
        .isEqualTo("Year,Reference,Activity,Outcome group,Allocation,Latest return,Spend to date,Forecast outturn,Forecast minus allocation");
    assertThat(activities).contains(
        "2010/11,CONNEXIONS,Connexions service,Achieve Economic Well-being,1394246.00,Q1,348561.50,1394246.00,0.00",
        "2010/11,TFS,Targeted family support services (tendered),Make a Positive Contribution,337006.00,Q1,84251.50,337006.00,0.00",
        "2010/11,CSC-WORKFORCE,Children's social care workforce: training and development of social workers,Stay Safe,"
            + "175000.00,Q1,48750.00,195000.00,20000.00");
    List<String> returns = board.get("/oversight/dashboard/returns.csv").body().lines().toList();
    assertThat(returns).hasSize(10).contains("2010/11,Q2,CDR,Child death review,Stay Safe,peter.walsh,2010-10-14");
    assertThat(board.get("/oversight/dashboard/stages.csv").body().lines().toList())
        .isEqualTo(List.of("Item,Figure", "Understand,2", "Plan,2", "Do,2", "Review,4", "Closed,0"));
    assertThat(board.get("/oversight/dashboard/cycles.csv").body().lines().toList()).hasSize(11)
        .contains("\"Children with disabilities (Aiming High, transition)\",DISABLED-CHILDREN-2010-11,2010/11,1,Review");
    assertThat(board.get("/oversight/dashboard/contracts.csv").body().lines().toList()).isEqualTo(List.of(
        "Contract,Cycle,Service area,Provider,Value,Review on,Ends on",
        "DISABLED-CHILDREN-2010-11-C1,DISABLED-CHILDREN-2010-11,\"Children with disabilities (Aiming High, transition)\","
            + "Short Breaks Herefordshire,150000.00,2010-12-17,2012-03-31"));
    assertThat(new HttpTestClient(port).basic("marcus.reid", "demo").get("/oversight/dashboard/allocations.csv").statusCode())
        .as("a Board member reads it too").isEqualTo(200);
    assertThat(new HttpTestClient(port).basic("grace.okafor", "demo").get("/oversight/dashboard/contracts.csv").statusCode()).isEqualTo(403);
    assertThat(new HttpTestClient(port).get("/oversight/dashboard/returns.csv").statusCode()).isEqualTo(401);
  }

  /** Every link on the dashboard opens for the person reading it: the Board is not shown links it would get 403 from. */
  @Test
  void everyLinkOnTheDashboardOpensForItsReader() {
    clockAt(java.time.LocalDateTime.of(2010, 12, 1, 9, 0));
    for (String reader : List.of("hannah.wells", "tom.hadley")) {
      HttpTestClient client = new HttpTestClient(port).basic(reader, "demo");
      String page = client.get("/oversight/dashboard").body();
      List<String> links = java.util.regex.Pattern.compile("href=\"(/[^\"]*)\"").matcher(page).results()
          .map(m -> org.springframework.web.util.HtmlUtils.htmlUnescape(m.group(1))).distinct().toList();
      assertThat(links).as(reader + "'s links").contains("/cycles", "/api/contracts.csv", "/oversight/dashboard/returns.csv");
      for (String link : links) {
        assertThat(client.get(link).statusCode()).as(reader + " opens " + link).isEqualTo(200);
      }
      if (reader.equals("tom.hadley")) {
        assertThat(links).as("the Management Group has the latest consolidated return")
            .contains("/abg/quarters/1/lsp-return.html?financialYear=2010/11")
            .as("not the Board's strategy tracker, which is the Board's").doesNotContain("/api/oversight/bodies/BOARD/strategy-tracker");
      } else {
        assertThat(links).as("the Board is not shown the officers' reports").noneMatch(l -> l.startsWith("/abg/") || l.startsWith("/api/abg/"))
            .as("the Board's own strategy tracker").contains("/api/oversight/bodies/BOARD/strategy-tracker");
      }
    }
  }
}
