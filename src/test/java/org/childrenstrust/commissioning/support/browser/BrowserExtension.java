package org.childrenstrust.commissioning.support.browser;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.AfterTestExecutionCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolutionException;
import org.junit.jupiter.api.extension.ParameterResolver;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Gives each test method that declares a {@link Browser} parameter a fresh browser (one per
 * parameter, so {@code (Browser lead, Browser admin)} gets two independent sessions); when the test
 * fails, saves a screenshot, the DOM and the browser console of each to
 * {@code target/browser-failures/<TestClass>.<method>-<n>.*}; closes them after the test.
 *
 * <pre>{@code
 * @SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
 * @ExtendWith(BrowserExtension.class)
 * class SomethingBrowserTest {
 *   @LocalServerPort int port;
 *
 *   @Test
 *   void leadApproves(Browser browser) {
 *     Tasklist tasklist = Tasklist.open(browser, port).login("daniel.price", "demo");
 *     ...
 *   }
 * }
 * }</pre>
 */
public class BrowserExtension implements ParameterResolver, AfterTestExecutionCallback, AfterEachCallback {

  private static final Logger LOG = LoggerFactory.getLogger(BrowserExtension.class);
  private static final ExtensionContext.Namespace NAMESPACE =
      ExtensionContext.Namespace.create(BrowserExtension.class);
  private static final String BROWSERS = "browsers";

  @Override
  public boolean supportsParameter(ParameterContext parameterContext, ExtensionContext extensionContext)
      throws ParameterResolutionException {
    return parameterContext.getParameter().getType() == Browser.class
        && extensionContext.getTestMethod().isPresent();
  }

  @Override
  public Object resolveParameter(ParameterContext parameterContext, ExtensionContext extensionContext)
      throws ParameterResolutionException {
    Browser browser = new Browser();
    browsers(extensionContext).add(browser);
    return browser;
  }

  @Override
  public void afterTestExecution(ExtensionContext context) {
    if (context.getExecutionException().isEmpty()) {
      return;
    }
    String name = context.getRequiredTestClass().getSimpleName() + "." + context.getRequiredTestMethod().getName();
    for (Browser browser : browsers(context)) {
      try {
        Path screenshot = browser.capture(name);
        LOG.warn("Test failed; browser at {} captured to {} (.html, .log beside it)",
            browser.currentUrl(), screenshot.toAbsolutePath());
      } catch (RuntimeException e) {
        LOG.warn("Test failed; the browser could not be captured", e);
      }
    }
  }

  @Override
  public void afterEach(ExtensionContext context) {
    List<Browser> browsers = browsers(context);
    RuntimeException failure = null;
    for (Browser browser : browsers) {
      try {
        browser.close();
      } catch (RuntimeException e) {
        if (failure == null) {
          failure = e;
        } else {
          failure.addSuppressed(e);
        }
      }
    }
    browsers.clear();
    if (failure != null) {
      throw failure;
    }
  }

  @SuppressWarnings("unchecked")
  private static List<Browser> browsers(ExtensionContext context) {
    return context.getStore(NAMESPACE).getOrComputeIfAbsent(BROWSERS, key -> new ArrayList<Browser>(), List.class);
  }
}
