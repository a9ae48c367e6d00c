package org.childrenstrust.commissioning.support.browser;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Consumer;
import org.childrenstrust.commissioning.support.browser.TasklistException.Notification;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;

/**
 * Camunda 7.24 Tasklist (the AngularJS app at {@code /camunda/app/tasklist/default/}) as a person
 * uses it: log in, pick a filter, open a task, claim it, fill its Camunda Form, complete it, or
 * start a process from the "Start process" dialog. Every step waits explicitly for Tasklist to
 * have done it (the list reloaded, the form rendered, the task gone) and fails with what Tasklist
 * showed when it refuses.
 *
 * <h2>Use in a test</h2>
 *
 * <pre>{@code
 * @SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
 * @ExtendWith(BrowserExtension.class)
 * class ReviewNoteBrowserTest {
 *
 *   @LocalServerPort int port;
 *
 *   @Test
 *   void staySafeLeadReviewsTheNote(Browser browser) {
 *     Tasklist tasklist = Tasklist.open(browser, port).login("daniel.price", DemoUsers.PASSWORD);
 *     tasklist.selectFilter(TasklistFilters.MY_GROUPS_TASKS);
 *     assertThat(tasklist.taskNames()).contains("Review safeguarding note");
 *
 *     tasklist.openTask("Review safeguarding note").claim();
 *     tasklist.fillText("Note title", "Home visit")               // by label...
 *         .fillTextArea("summary", "Two lines\nof concern")       // ...or by form field key
 *         .check("Referred to the MASH")
 *         .setNumber("Children affected", 2)
 *         .choose("Risk level", "High")                          // select, radio or checklist
 *         .setDate("Review by", LocalDate.of(2027, 3, 15));          // typed 15/03/2027
 *     CamundaForm.DynamicList actions = tasklist.form().dynamicList("Actions agreed");
 *     actions.row(0).fillText("Action", "Call the school");      // rows count from 0
 *     actions.addRow().fillText("Action", "Visit").fillText("Owner", "Daniel");
 *
 *     tasklist.complete();                   // waits until the task has left the list
 *     // or, when the engine must refuse it (a listener throwing InvalidProcessInput, say):
 *     // String why = tasklist.completeExpectingError();   // Tasklist's message, engine text inside
 *   }
 * }
 * }</pre>
 *
 * Starting a process: {@code tasklist.startProcess("Agenda to minutes", form -> form.fillText("Meeting", "ECG"))}.
 * Two people at once: declare two {@link Browser} parameters and open a Tasklist in each.
 *
 * <h2>Things to know</h2>
 * <ul>
 *   <li>The task list shows the first page only (15 tasks, newest first); {@link #openTask} opens
 *       the first task of that name. Tests that leave tasks open should give them distinct names
 *       or clean up.</li>
 *   <li>Tasklist reloads the list every 10 seconds; this class tolerates that. Tasks created from
 *       Java after the page was loaded appear on the next filter change, auto-refresh or
 *       {@link #reload()}.</li>
 *   <li>A failed log-in locks the Camunda user for a few seconds (growing with each failure); do
 *       not try wrong passwords with users other tests log in as.</li>
 *   <li>Fields are found by label; labels inside dynamic list rows only through the row.</li>
 *   <li>Tasklist 7.24 on its own disables "Complete" once a field in a dynamic list row has been
 *       left (form-js issue 1494), until "Save" is pressed; the application's Tasklist script
 *       ({@code app/tasklist/scripts/childrens-trust-forms.js}) fixes that, and these tests prove
 *       it: nothing here presses "Save". {@link #complete()} fails at once, saying so, when it
 *       meets a disabled button.</li>
 *   <li>Date fields read and show day/month/year (the same script): {@link CamundaForm#setDate}
 *       types 15/03/2027, the engine receives "2027-03-15". A date that does not exist is refused
 *       with a message under the field ({@link CamundaForm#typeDate} types any text).</li>
 * </ul>
 */
public final class Tasklist {

  public static final String PATH = "/camunda/app/tasklist/default/";

  private static final String NORM = "function norm(s) { return (s || '').replace(/\\s+/g, ' ').trim(); }\n"
      + "function shown(e) { return e !== null && !e.classList.contains('ng-hide'); }\n";

  /** {tasks: [{name, id, process}]} once the list has loaded, {error} if it failed, else null. */
  private static final String LIST_STATE = NORM + """
      var host = document.querySelector('[cam-tasks]');
      if (!host) { return null; }
      if (shown(host.querySelector(':scope > .loader'))) { return null; }
      var error = host.querySelector(':scope > .alert-danger');
      if (shown(error)) { return {error: norm(error.textContent)}; }
      var box = host.querySelector(':scope > div[ng-if]');
      if (!box || box.__harnessStale) { return null; }
      if (!box.querySelector('ol.tasks-list') && !box.querySelector('.well')) { return null; }
      return {tasks: Array.prototype.map.call(box.querySelectorAll('ol.tasks-list > li.task'), function (li) {
        var a = li.querySelector('h4.task a');
        var m = /[?&]task=([^&]+)/.exec(a.getAttribute('href') || '');
        var p = li.querySelector('h6.process-definition');
        return {name: norm(a.textContent), id: m ? decodeURIComponent(m[1]) : null, process: p ? norm(p.textContent) : null};
      })};
      """;

  /** Marks the rendered list as old: the list counts as loaded again once AngularJS has re-rendered it. */
  private static final String MARK_LIST_STALE = """
      var box = document.querySelector('[cam-tasks] > div[ng-if]');
      if (box) { box.__harnessStale = arguments[0]; }
      """;

  /** [{name, active, id}] once the filters have loaded, else null. */
  private static final String FILTERS = NORM + """
      var host = document.querySelector('[cam-tasklist-filters]');
      if (!host || !shown(host.querySelector(':scope > .list-unstyled'))) { return null; }
      return Array.prototype.map.call(host.querySelectorAll('.task-filter'), function (f) {
        var a = f.querySelector('h4.name a');
        var name = norm(Array.prototype.filter.call(a.childNodes, function (n) { return n.nodeType === 3; })
            .map(function (n) { return n.textContent; }).join(' '));
        var id = null;
        try { id = angular.element(f).scope().filter.id; } catch (e) { /* no AngularJS debug info */ }
        return {name: name, active: f.classList.contains('active'), id: id, link: a};
      });
      """;

  /**
   * The state of a form host ([cam-tasklist-form]) inside arguments[0]: 'absent', 'loading',
   * 'error: ...', 'disabled' (not claimed) or 'ready'.
   */
  private static final String FORM_STATE = NORM + """
      var form = arguments[0] ? arguments[0].querySelector('[cam-tasklist-form]') : null;
      if (!form) { return 'absent'; }
      if (shown(form.querySelector(':scope > .loader'))) { return 'loading'; }
      var wrap = form.querySelector(':scope > div[ng-if]');
      if (!shown(wrap)) { return 'loading'; }
      var error = wrap.querySelector(':scope > .alert-danger');
      if (shown(error)) { return 'error: ' + norm(error.textContent); }
      if (wrap.querySelector('[cam-tasklist-form-camunda]') && !wrap.querySelector('form.fjs-form')) { return 'loading'; }
      return wrap.classList.contains('disabled-form') ? 'disabled' : 'ready';
      """;

  /**
   * Tasklist's own view of the form host inside arguments[0] (why "Complete" or "Start" is
   * disabled): {invalid, dirty, busy}, or null without AngularJS debug information.
   */
  private static final String FORM_CONTROLLER_STATE = """
      try {
        var host = arguments[0].querySelector('[cam-tasklist-form]');
        var s = angular.element(host).isolateScope();
        var dialog = angular.element(host).scope();
        return {invalid: !!(s.$invalid || (dialog && dialog.$invalid && !host.closest('[cam-tasklist-task]'))),
                dirty: !!s.$dirty, busy: !!(s.completeInProgress || (dialog && dialog.requestInProgress))};
      } catch (e) { return null; }
      """;

  /** {id, name, assignee, claimable, form} of the task shown on the right, {id: null} if none, null while loading. */
  private static final String TASK_STATE = NORM + """
      var host = document.querySelector('[cam-tasklist-task]');
      if (!host || shown(host.querySelector(':scope > .loader'))) { return null; }
      var card = host.querySelector('section.task-card');
      var m = /[?&]task=([^&]+)/.exec(location.hash);
      var id = m ? decodeURIComponent(m[1]) : null;
      if (!card) { return {id: id, name: null}; }
      var assignee = card.querySelector('[cam-tasklist-task-meta] li.assignee');
      var claimable = !!card.querySelector('[cam-tasklist-task-meta] button.claim');
      var who = assignee && !claimable ? norm((assignee.querySelector('.view-value') || assignee).textContent) : '';
      return {id: id, name: norm(card.querySelector('h2.task').textContent), assignee: who,
              claimable: claimable, mine: !!card.querySelector('[cam-tasklist-task-meta] button.unclaim'),
              removed: card.classList.contains('task-removed')};
      """;

  private static final String NOTIFICATIONS = NORM + """
      var scope = arguments[0] || document.querySelector('.page-notifications');
      if (!scope) { return []; }
      return Array.prototype.map.call(scope.querySelectorAll('.notifications > .alert'), function (a) {
        var type = (/alert-(danger|info|success|warning)/.exec(a.className) || [null, 'info'])[1];
        var status = a.querySelector('.status'), message = a.querySelector('.message');
        return {type: type, status: norm(status ? status.textContent : a.textContent).replace(/\\s*:$/, ''),
                message: norm(message ? message.textContent : '')};
      });
      """;

  private static final String DISMISS_NOTIFICATIONS = """
      var scope = arguments[0] || document.querySelector('.page-notifications');
      if (scope) {
        scope.querySelectorAll('.notifications > .alert button.close[ng-click]').forEach(function (b) { b.click(); });
      }
      """;

  private final Browser browser;
  private final String appUrl;

  private Tasklist(Browser browser, String appUrl) {
    this.browser = browser;
    this.appUrl = appUrl;
  }

  /** Opens Tasklist of the application on {@code http://localhost:<port>}. */
  public static Tasklist open(Browser browser, int port) {
    return open(browser, "http://localhost:" + port);
  }

  /** Opens Tasklist of the application at {@code baseUrl} (scheme, host and port). */
  public static Tasklist open(Browser browser, String baseUrl) {
    Tasklist tasklist = new Tasklist(browser, baseUrl.replaceAll("/+$", "") + PATH);
    browser.open(tasklist.appUrl);
    tasklist.waitForLoginFormOrApp();
    return tasklist;
  }

  public Browser browser() {
    return browser;
  }

  // ---------------------------------------------------------------------------------- log-in --

  /** Logs in and waits for the filters and the first filter's tasks; throws if Tasklist says no. */
  public Tasklist login(String user, String password) {
    if (isLoggedIn()) {
      logout();
    }
    dismissNotifications();
    browser.waitUntil("the log-in form",
        d -> visible(d.findElement(By.cssSelector(".form-signin input[ng-model='username']"))));
    // the log-in page moves the focus while it settles (autofocus): under load, keys meant for the
    // password once landed in the user name field; type again until both fields hold what was typed
    for (int attempt = 1; ; attempt++) {
      WebElement name = browser.driver().findElement(By.cssSelector(".form-signin input[ng-model='username']"));
      WebElement secret = browser.driver().findElement(By.cssSelector(".form-signin input[ng-model='password']"));
      for (WebElement input : List.of(name, secret)) {
        input.sendKeys(Keys.chord(Keys.CONTROL, "a"), Keys.BACK_SPACE);
      }
      name.sendKeys(user);
      secret.sendKeys(password);
      if ((user.equals(name.getDomProperty("value")) && password.equals(secret.getDomProperty("value"))) || attempt == 3) {
        break;
      }
    }
    browser.click(browser.driver().findElement(By.cssSelector(".form-signin button[type='submit']")));
    String outcome = browser.waitUntil("Tasklist to log " + user + " in", d -> {
      if (isLoggedIn()) {
        return "in";
      }
      return notifications().stream().anyMatch(Notification::isError) ? "refused" : null;
    });
    if (!"in".equals(outcome)) {
      throw new TasklistException("Tasklist did not log " + user + " in", notifications(), Map.of());
    }
    filterNames();
    waitForList();
    return this;
  }

  /** Logs out through the user menu and waits for the log-in form. */
  public void logout() {
    browser.click(browser.driver().findElement(By.cssSelector("[cam-widget-header] li.account > a.dropdown-toggle")));
    WebElement logout = browser.waitUntil("the log-out entry of the user menu",
        d -> visible(d.findElement(By.cssSelector("[cam-widget-header] li.account li.logout > a"))));
    browser.click(logout);
    browser.waitUntil("the log-in form after logging out",
        d -> !isLoggedIn() && d.findElement(By.cssSelector(".form-signin input[ng-model='username']")).isDisplayed());
  }

  public boolean isLoggedIn() {
    return !browser.driver().findElements(By.cssSelector("[cam-widget-header] li.account")).isEmpty();
  }

  /** The full name in the header of whoever is logged in ("Daniel Price"). */
  public String loggedInName() {
    return browser.driver().findElement(By.cssSelector("[cam-widget-header] li.account > a.dropdown-toggle"))
        .getText().trim();
  }

  /** Reloads the page (fresh filters, list and task) and waits until Tasklist is ready again. */
  public Tasklist reload() {
    browser.driver().navigate().refresh();
    waitForLoginFormOrApp();
    if (isLoggedIn()) {
      filterNames();
      waitForList();
    }
    return this;
  }

  // ------------------------------------------------------------------------ filters and list --

  /** The filters this user can see, in Tasklist's order. */
  public List<String> filterNames() {
    return filters().stream().map(f -> (String) f.get("name")).toList();
  }

  /** The name of the selected filter, or null. */
  public String currentFilter() {
    return filters().stream().filter(f -> Boolean.TRUE.equals(f.get("active")))
        .map(f -> (String) f.get("name")).findFirst().orElse(null);
  }

  /** Clicks the filter and waits until the list shows that filter's tasks. */
  public Tasklist selectFilter(String name) {
    Map<String, Object> filter = filters().stream().filter(f -> name.equals(f.get("name"))).findFirst()
        .orElseThrow(() -> new IllegalArgumentException("No filter \"" + name + "\"; this user has " + filterNames()));
    if (Boolean.TRUE.equals(filter.get("active"))) {
      waitForList();
      return this;
    }
    String id = (String) filter.get("id");
    browser.script(MARK_LIST_STALE, true);
    browser.waitUntil("to click filter \"" + name + "\"", d -> {
      Map<String, Object> fresh = filters().stream().filter(f -> name.equals(f.get("name"))).findFirst().orElseThrow();
      browser.click((WebElement) fresh.get("link")); // a stale link (list re-rendered) is retried
      return true;
    });
    browser.waitUntil("filter \"" + name + "\" to be selected and its tasks listed", d -> {
      boolean active = filters().stream().anyMatch(f -> name.equals(f.get("name")) && Boolean.TRUE.equals(f.get("active")));
      boolean routed = id == null || d.getCurrentUrl().contains("filter=" + id);
      return active && routed && listState() != null;
    });
    waitForList();
    return this;
  }

  /** The names of the tasks in the list (first page), top to bottom. */
  public List<String> taskNames() {
    return waitForList().stream().map(t -> (String) t.get("name")).toList();
  }

  /** Whether a task of that name is in the list now. */
  public boolean hasTask(String name) {
    return taskNames().contains(name);
  }

  // ---------------------------------------------------------------------------------- a task --

  /** Clicks the (first) task of that name in the list; waits until it and its form are shown. */
  public Tasklist openTask(String name) {
    Map<String, Object> task = waitForList().stream().filter(t -> name.equals(t.get("name"))).findFirst()
        .orElseThrow(() -> new IllegalArgumentException("No task \"" + name + "\" in filter \"" + currentFilter()
            + "\"; the list shows " + taskNames()));
    String id = (String) task.get("id");
    browser.waitUntil("to click task \"" + name + "\" in the list", d -> {
      WebElement link = d.findElement(By.cssSelector("[cam-tasks] ol.tasks-list a[href*='task=" + id + "']"));
      browser.click(link);
      return true;
    });
    waitForTask(id, name);
    return this;
  }

  /** The id of the task shown on the right (from the address), or null. */
  public String currentTaskId() {
    Map<String, Object> state = browser.waitUntil("the task view", d -> taskState());
    return (String) state.get("id");
  }

  /** The name of the task shown on the right, or null. */
  public String currentTaskName() {
    Map<String, Object> state = browser.waitUntil("the task view", d -> taskState());
    return (String) state.get("name");
  }

  /** Who the open task is assigned to, as Tasklist shows it ("Daniel Price"); "" if nobody. */
  public String assignee() {
    Map<String, Object> state = browser.waitUntil("the task view", d -> taskState());
    return Objects.toString(state.get("assignee"), "");
  }

  /** Clicks "Claim" on the open task; waits until it is assigned to this user and its form enabled. */
  public Tasklist claim() {
    dismissNotifications();
    WebElement claim = browser.waitUntil("the \"Claim\" button of the open task",
        d -> visible(d.findElement(By.cssSelector("[cam-tasklist-task] [cam-tasklist-task-meta] button.claim"))));
    browser.click(claim);
    String outcome = browser.waitUntil("the task to be claimed", d -> {
      Map<String, Object> state = taskState();
      if (state != null && Boolean.TRUE.equals(state.get("mine")) && !"disabled".equals(formState(taskHost()))
          && !"loading".equals(formState(taskHost()))) {
        return "claimed";
      }
      return notifications().stream().anyMatch(Notification::isError) ? "refused" : null;
    });
    if (!"claimed".equals(outcome)) {
      throw new TasklistException("Tasklist did not claim the task", notifications(), Map.of());
    }
    return this;
  }

  /** The Camunda Form of the open task. */
  public CamundaForm form() {
    return new CamundaForm(browser,
        () -> browser.driver().findElement(By.cssSelector("[cam-tasklist-task] [cam-tasklist-form] form.fjs-form")),
        "the form of task \"" + currentTaskName() + "\"");
  }

  public Tasklist fillText(String field, String value) {
    form().fillText(field, value);
    return this;
  }

  public Tasklist fillTextArea(String field, String value) {
    form().fillTextArea(field, value);
    return this;
  }

  public Tasklist setNumber(String field, Number value) {
    form().setNumber(field, value);
    return this;
  }

  public Tasklist setCheckbox(String field, boolean checked) {
    form().setCheckbox(field, checked);
    return this;
  }

  public Tasklist check(String field) {
    return setCheckbox(field, true);
  }

  public Tasklist uncheck(String field) {
    return setCheckbox(field, false);
  }

  public Tasklist choose(String field, String option) {
    form().choose(field, option);
    return this;
  }

  public Tasklist setDate(String field, LocalDate date) {
    form().setDate(field, date);
    return this;
  }

  public Tasklist fill(String field, String value) {
    form().fill(field, value);
    return this;
  }

  public String value(String field) {
    return form().value(field);
  }

  public CamundaForm.DynamicList dynamicList(String field) {
    return form().dynamicList(field);
  }

  /**
   * Clicks "Complete" and waits until the task has left the list. Throws {@link TasklistException}
   * with Tasklist's notification (and form-js's field messages) if the form or the engine refuses.
   */
  public void complete() {
    String outcome = clickComplete();
    if (!"completed".equals(outcome)) {
      throw new TasklistException("Tasklist did not complete the task", errorNotifications(), form().fieldErrors());
    }
  }

  /**
   * Clicks "Complete" expecting a refusal; returns the error Tasklist showed as one line. For an
   * engine error that is "An error happened while submitting the task form: Cannot submit task
   * form &lt;id&gt;: &lt;the engine's message&gt;" (the engine REST API answers 500 for any engine
   * exception but FormFieldValidationException, and an exception from a task listener arrives
   * wrapped: "ENGINE-03051 There was an exception while invoking the TaskListener. Message:
   * 'Exception while invoking TaskListener: &lt;message&gt;'"). For a form-js validation failure it
   * is the bare headline, and {@code form().fieldErrors()} says which fields. The task stays open
   * with what was typed.
   */
  public String completeExpectingError() {
    String outcome = clickComplete();
    if ("completed".equals(outcome)) {
      throw new AssertionError("Expected Tasklist to refuse completing the task, but it was completed");
    }
    return errorNotifications().stream().map(Notification::text).reduce((a, b) -> a + " | " + b).orElse("");
  }

  // -------------------------------------------------------------------------- notifications --

  /** The notifications Tasklist shows now (bottom right of the page, or in the start dialog if open). */
  public List<Notification> notifications() {
    return readNotifications(modal());
  }

  public List<Notification> errorNotifications() {
    return notifications().stream().filter(Notification::isError).toList();
  }

  /** The last error notification as one line, or null if none. */
  public String lastError() {
    List<Notification> errors = errorNotifications();
    return errors.isEmpty() ? null : errors.get(errors.size() - 1).text();
  }

  /** Closes every notification (errors stay until closed and can cover the bottom of the page). */
  public void dismissNotifications() {
    WebElement modal = modal();
    browser.script(DISMISS_NOTIFICATIONS, modal);
    browser.waitUntil("notifications to close", d -> readNotifications(modal).isEmpty());
  }

  // ------------------------------------------------------------------------ starting processes --

  /** Opens the "Start process" dialog and picks the process; fill its form, then {@code start()}. */
  public StartProcessDialog openStartProcess(String processName) {
    dismissNotifications();
    browser.click(browser.driver().findElement(
        By.xpath("//*[@cam-widget-header]//a[normalize-space(.)='Start process']")));
    browser.waitUntil("the \"Start process\" dialog to list processes", d -> {
      WebElement modal = modal();
      return modal != null && (!modal.findElements(By.cssSelector("ul.processes")).isEmpty()
          || modal.findElements(By.cssSelector(".modal-body .well")).stream().anyMatch(WebElement::isDisplayed));
    });
    if (processLinks(processName).isEmpty()) {
      WebElement search = modal().findElement(By.cssSelector("input[ng-model='page.searchValue']"));
      search.sendKeys(processName);
    }
    browser.waitUntil("process \"" + processName + "\" in the \"Start process\" dialog", d -> {
      List<WebElement> links = processLinks(processName);
      if (links.isEmpty()) {
        return false;
      }
      browser.click(links.get(0));
      return true;
    }, () -> "processes listed: " + modal().findElements(By.cssSelector("ul.processes a")).stream()
        .map(WebElement::getText).toList());
    String title = "Start process: " + processName;
    browser.waitUntil("the start form of \"" + processName + "\"", d -> {
      WebElement modal = modal();
      if (modal == null || modal.findElements(By.cssSelector("h3.modal-title")).stream()
          .noneMatch(h -> title.equals(h.getText().trim()))) {
        return false;
      }
      String state = formState(modal);
      if (state.startsWith("error")) {
        throw new TasklistException("The start form of \"" + processName + "\" failed to load",
            List.of(new Notification("danger", state, "")), Map.of());
      }
      return "ready".equals(state);
    });
    return new StartProcessDialog(processName);
  }

  /** Starts the process from the "Start process" dialog without filling anything. */
  public void startProcess(String processName) {
    openStartProcess(processName).start();
  }

  /** Starts the process from the "Start process" dialog after {@code fill} has filled its form. */
  public void startProcess(String processName, Consumer<CamundaForm> fill) {
    StartProcessDialog dialog = openStartProcess(processName);
    fill.accept(dialog.form());
    dialog.start();
  }

  /** The open "Start process" dialog, its form picked. */
  public final class StartProcessDialog {
    private final String processName;

    private StartProcessDialog(String processName) {
      this.processName = processName;
    }

    public CamundaForm form() {
      return new CamundaForm(browser,
          () -> browser.driver().findElement(By.cssSelector(".modal [cam-tasklist-form] form.fjs-form")),
          "the start form of \"" + processName + "\"");
    }

    /** Clicks "Start" and waits until the dialog has closed; throws with the dialog's error if refused. */
    public void start() {
      if (!"started".equals(clickStart())) {
        throw new TasklistException("Tasklist did not start \"" + processName + "\"", errorNotifications(),
            form().fieldErrors());
      }
    }

    /** Clicks "Start" expecting a refusal; returns the dialog's error as one line. The dialog stays open. */
    public String startExpectingError() {
      if ("started".equals(clickStart())) {
        throw new AssertionError("Expected Tasklist to refuse starting \"" + processName + "\", but it started");
      }
      return errorNotifications().stream().map(Notification::text).reduce((a, b) -> a + " | " + b).orElse("");
    }

    /** Closes the dialog without starting anything. */
    public void close() {
      browser.click(modal().findElement(By.xpath(".//div[contains(@class,'modal-footer')]//button[normalize-space(.)='Close']")));
      browser.waitUntil("the \"Start process\" dialog to close", d -> modal() == null);
    }

    private String clickStart() {
      dismissNotifications();
      WebElement start = enabledButton(modal(), START_BUTTON, "Start");
      browser.click(start);
      return browser.waitUntil("Tasklist to start \"" + processName + "\"", d -> {
        WebElement modal = modal();
        if (modal == null) {
          return "started";
        }
        return readNotifications(modal).stream().anyMatch(Notification::isError) ? "refused" : null;
      });
    }
  }

  // --------------------------------------------------------------------------------- helpers --

  private void waitForLoginFormOrApp() {
    browser.waitUntil("Tasklist to show its log-in form or its filters", d -> isLoggedIn()
        ? filters() != null
        : d.findElements(By.cssSelector(".form-signin input[ng-model='username']")).stream().anyMatch(WebElement::isDisplayed));
  }

  private List<Map<String, Object>> filters() {
    return browser.waitUntil("the filters", d -> browser.<List<Map<String, Object>>>script(FILTERS));
  }

  private Map<String, Object> listState() {
    return browser.script(LIST_STATE);
  }

  @SuppressWarnings("unchecked")
  private List<Map<String, Object>> waitForList() {
    Map<String, Object> state = browser.waitUntil("the task list to load", d -> listState());
    if (state.containsKey("error")) {
      throw new TasklistException("Tasklist could not load the task list",
          List.of(new Notification("danger", (String) state.get("error"), "")), Map.of());
    }
    return (List<Map<String, Object>>) state.get("tasks");
  }

  private Map<String, Object> taskState() {
    return browser.script(TASK_STATE);
  }

  private WebElement taskHost() {
    List<WebElement> hosts = browser.driver().findElements(By.cssSelector("[cam-tasklist-task]"));
    return hosts.isEmpty() ? null : hosts.get(0);
  }

  private String formState(WebElement scope) {
    return browser.script(FORM_STATE, scope);
  }

  private void waitForTask(String id, String name) {
    browser.waitUntil("task \"" + name + "\" and its form to be shown", d -> {
      Map<String, Object> state = taskState();
      if (state == null || !id.equals(state.get("id")) || !name.equals(state.get("name"))) {
        return false;
      }
      String form = formState(taskHost());
      if (form.startsWith("error")) {
        throw new TasklistException("The form of task \"" + name + "\" failed to load",
            List.of(new Notification("danger", form, "")), Map.of());
      }
      return "ready".equals(form) || "disabled".equals(form);
    }, () -> String.valueOf(taskState()) + ", form " + formState(taskHost()));
  }

  private String clickComplete() {
    String id = currentTaskId();
    if (id == null) {
      throw new IllegalStateException("No task is open");
    }
    dismissNotifications();
    WebElement button = enabledButton(taskHost(), COMPLETE_BUTTON, "Complete");
    browser.click(button);
    return browser.waitUntil("Tasklist to complete the task (gone from the address and the list)", d -> {
      if (readNotifications(null).stream().anyMatch(Notification::isError)) {
        return "refused";
      }
      Map<String, Object> list = listState();
      if (list == null || list.containsKey("error") || d.getCurrentUrl().contains("task=" + id)) {
        return null;
      }
      @SuppressWarnings("unchecked")
      List<Map<String, Object>> tasks = (List<Map<String, Object>>) list.get("tasks");
      return tasks.stream().noneMatch(t -> id.equals(t.get("id"))) ? "completed" : null;
    }, () -> "address " + browser.currentUrl() + ", list " + listState());
  }

  private static final By COMPLETE_BUTTON = By.xpath(".//*[@cam-tasklist-form]"
      + "//div[contains(@class,'form-actions')]//button[normalize-space(.)='Complete']");
  private static final By SAVE_BUTTON = By.xpath(".//*[@cam-tasklist-form]"
      + "//div[contains(@class,'form-actions')]//button[normalize-space(.)='Save']");
  private static final By START_BUTTON = By.xpath(".//div[contains(@class,'modal-footer')]//button[normalize-space(.)='Start']");

  /**
   * Waits for the button inside {@code scope} to be enabled. Fails at once when Tasklist holds the
   * form invalid: a person could not click it either (with no message on any field, the Tasklist
   * 7.24 dynamic list defect that the application's Tasklist script should have fixed).
   */
  private WebElement enabledButton(WebElement scope, By locator, String label) {
    String[] seen = {""};
    Object outcome = browser.waitUntil("the \"" + label + "\" button to be enabled", d -> {
      WebElement button = scope.findElement(locator);
      if (button.isDisplayed() && button.isEnabled()) {
        return button;
      }
      Map<String, Object> state = browser.script(FORM_CONTROLLER_STATE, scope);
      seen[0] = String.valueOf(state);
      if (state != null && Boolean.TRUE.equals(state.get("invalid")) && !Boolean.TRUE.equals(state.get("busy"))) {
        return "invalid";
      }
      return null;
    }, () -> "Tasklist's form state " + seen[0]);
    if (outcome instanceof WebElement button) {
      return button;
    }
    Map<String, String> errors = new CamundaForm(browser,
        () -> scope.findElement(By.cssSelector("[cam-tasklist-form] form.fjs-form")), "the form").fieldErrors();
    throw new TasklistException(errors.isEmpty()
        ? "\"" + label + "\" is disabled although no field shows an error. Tasklist 7.24 does this once a field"
            + " inside a dynamic list row has been left (form-js keeps an empty error entry for it), unless the"
            + " application's Tasklist script (app/tasklist/scripts/childrens-trust-forms.js) is loaded"
        : "\"" + label + "\" is disabled: the form shows errors", List.of(), errors);
  }

  /** Whether "Complete" of the open task can be clicked now. */
  public boolean isCompleteEnabled() {
    List<WebElement> buttons = taskHost() == null ? List.of() : taskHost().findElements(COMPLETE_BUTTON);
    return !buttons.isEmpty() && buttons.get(0).isDisplayed() && buttons.get(0).isEnabled();
  }

  /**
   * Clicks "Save", as a person does to keep what they typed in this browser (local storage) and
   * carry on later. Not needed before {@link #complete()}. "Save" is only enabled once something
   * has been typed.
   */
  public Tasklist save() {
    dismissNotifications(); // an error box can cover the buttons at the bottom of the form
    String id = currentTaskId();
    WebElement save = browser.waitUntil("the \"Save\" button to be enabled (it is once something was typed)", d -> {
      WebElement button = taskHost().findElement(SAVE_BUTTON);
      return button.isDisplayed() && button.isEnabled() ? button : null;
    });
    browser.script("localStorage.removeItem('camunda-form:' + arguments[0]);", id);
    browser.click(save);
    browser.waitUntil("Tasklist to save the form's data in the browser",
        d -> browser.script("return localStorage.getItem('camunda-form:' + arguments[0]) !== null;", id));
    return this;
  }

  private WebElement modal() {
    List<WebElement> modals = browser.driver().findElements(By.cssSelector(".modal"));
    return modals.isEmpty() ? null : modals.get(0);
  }

  private List<WebElement> processLinks(String processName) {
    WebElement modal = modal();
    if (modal == null) {
      return List.of();
    }
    List<WebElement> links = new ArrayList<>();
    for (WebElement link : modal.findElements(By.cssSelector("ul.processes a"))) {
      if (processName.equals(link.getText().trim())) {
        links.add(link);
      }
    }
    return links;
  }

  @SuppressWarnings("unchecked")
  private List<Notification> readNotifications(WebElement scope) {
    List<Map<String, Object>> raw = browser.script(NOTIFICATIONS, scope);
    return raw.stream()
        .map(n -> new Notification((String) n.get("type"), (String) n.get("status"), (String) n.get("message")))
        .toList();
  }

  private static WebElement visible(WebElement element) {
    return element.isDisplayed() ? element : null;
  }
}
