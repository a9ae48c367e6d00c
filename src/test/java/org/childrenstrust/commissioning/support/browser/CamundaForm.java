package org.childrenstrust.commissioning.support.browser;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;

/**
 * A Camunda Form (form-js, as rendered by Tasklist 7.24) or a part of one: the whole form of the
 * open task or of the start dialog, or one row of a dynamic list. Fields are found by their label
 * as the user reads it (without the required-field asterisk; exact, else ignoring case), or, when
 * no label matches, by the form field's key (or id, or a dynamic list's path) looked up in the
 * deployed form. Fields inside dynamic list rows are only found through the row:
 * {@code form.dynamicList("Actions agreed").row(1).fillText("Owner", "Daniel")}.
 *
 * <p>Every call looks the field up afresh, so AngularJS or form-js re-rendering does not leave
 * stale elements behind. Every setter checks that the field shows the value afterwards; typed
 * fields are left with Tab, so form-js has taken the value before the next step.
 */
public final class CamundaForm {

  /**
   * The format of form-js (flatpickr) date inputs in this application's Tasklist: day/month/year,
   * as the placeholder says (dd/mm/yyyy) and as the Tasklist script makes flatpickr read and show
   * them (05/03/2027 is 5 March). Parsing also takes single digits (5/3/2027).
   */
  public static final DateTimeFormatter DATE_INPUT = DateTimeFormatter.ofPattern("dd/MM/uuuu");

  private static final DateTimeFormatter DATE_SHOWN = DateTimeFormatter.ofPattern("d/M/uuuu");

  private static final String FIND_FIELD = """
      var root = arguments[0], wanted = arguments[1], schemaText = arguments[2];
      function norm(s) { return (s || '').replace(/\\s+/g, ' ').trim(); }
      function labelText(l) {
        var c = l.cloneNode(true);
        c.querySelectorAll('.fjs-asterix').forEach(function (e) { e.remove(); });
        return norm(c.textContent);
      }
      function inScope(f) {
        var row = f.closest('.fjs-repeat-row-container');
        return row === null || row === root || !root.contains(row);
      }
      function typeOf(f) {
        var m = /(?:^|\\s)fjs-form-field-([a-z]+)/.exec(f.className);
        return m ? m[1] : 'unknown';
      }
      var fields = Array.prototype.filter.call(root.querySelectorAll('.fjs-form-field'), function (f) {
        return inScope(f) && f.querySelector('.fjs-form-field-label') !== null;
      });
      var want = norm(wanted);
      var hits = fields.filter(function (f) { return labelText(f.querySelector('.fjs-form-field-label')) === want; });
      if (hits.length === 0) {
        hits = fields.filter(function (f) {
          return labelText(f.querySelector('.fjs-form-field-label')).toLowerCase() === want.toLowerCase();
        });
      }
      if (hits.length === 0 && schemaText) {
        var ids = [];
        (function collect(components) {
          (components || []).forEach(function (c) {
            if (c.key === wanted || c.path === wanted || c.id === wanted) { ids.push(c.id); }
            collect(c.components);
          });
        })(JSON.parse(schemaText).components);
        function ownId(f) {
          var l = f.querySelector('.fjs-form-field-label');
          var id = l.getAttribute('for') || l.id;
          if (!id) { var e = f.querySelector('[id]'); id = e ? e.id : ''; }
          var m = /^fjs-form-[^-]+-(.+)$/.exec(id);
          return m ? m[1] : id;
        }
        hits = fields.filter(function (f) {
          var own = ownId(f);
          return ids.some(function (id) { return own === id || own.indexOf(id + '_') === 0 || own.indexOf(id + '-') === 0; });
        });
      }
      if (hits.length === 1) { return [hits[0], typeOf(hits[0]), null]; }
      var labels = fields.map(function (f) { return labelText(f.querySelector('.fjs-form-field-label')); });
      return [null, null, (hits.length === 0 ? 'no field' : hits.length + ' fields') + ' labelled "' + wanted + '"'
          + (schemaText || hits.length ? '' : ' (no key look-up: the deployed form could not be read)')
          + '; fields here: ' + JSON.stringify(labels)];
      """;

  private static final String ROWS = """
      var list = arguments[0];
      return Array.prototype.filter.call(list.querySelectorAll('.fjs-repeat-row-container'), function (r) {
        return r.closest('.fjs-form-field-dynamiclist') === list;
      });
      """;

  private static final String OWN_BUTTON = """
      var list = arguments[0], css = arguments[1];
      return Array.prototype.find.call(list.querySelectorAll(css), function (b) {
        return b.closest('.fjs-form-field-dynamiclist') === list;
      }) || null;
      """;

  private static final String FIELD_VALUE = """
      var f = arguments[0], type = arguments[1];
      function norm(s) { return (s || '').replace(/\\s+/g, ' ').trim(); }
      if (type === 'checkbox') { return String(f.querySelector('input[type=checkbox]').checked); }
      if (type === 'radio' || type === 'checklist') {
        return Array.prototype.filter.call(f.querySelectorAll('input'), function (i) { return i.checked; })
            .map(function (i) { return norm(i.closest('label').textContent); }).join(', ');
      }
      if (type === 'select') {
        var display = f.querySelector('.fjs-select-display');
        if (display) { return display.classList.contains('fjs-select-placeholder') ? '' : norm(display.textContent); }
      }
      if (type === 'taglist') {
        return Array.prototype.map.call(f.querySelectorAll('.fjs-taglist-tag-label'), function (t) { return norm(t.textContent); }).join(', ');
      }
      var input = f.querySelector('textarea, input.fjs-input');
      return input ? input.value : norm(f.textContent);
      """;

  private static final String FIELD_ERRORS = """
      var root = arguments[0];
      function norm(s) { return (s || '').replace(/\\s+/g, ' ').trim(); }
      var out = {};
      root.querySelectorAll('.fjs-form-field-error').forEach(function (e) {
        var f = e.closest('.fjs-form-field');
        var l = f && f.querySelector('.fjs-form-field-label');
        var text = norm(e.textContent);
        if (text) {
          var name = l ? norm(l.textContent).replace(/\\*$/, '') : '(unlabelled)';
          out[name] = out[name] ? out[name] + ' ' + text : text;
        }
      });
      return out;
      """;

  private static final String FETCH_TEXT = """
      var done = arguments[arguments.length - 1];
      fetch(arguments[0], {credentials: 'same-origin', headers: {Accept: 'application/json'}})
        .then(function (r) { return r.ok ? r.text() : null; })
        .then(done, function () { done(null); });
      """;

  private static final String FORM_URL = """
      try {
        var host = arguments[0].closest('[cam-tasklist-form]');
        return angular.element(host).isolateScope().tasklistForm.key || null;
      } catch (e) { return null; }
      """;

  private final Browser browser;
  private final Supplier<WebElement> root;
  private final String description;
  private final Map<String, String> schemas;

  CamundaForm(Browser browser, Supplier<WebElement> root, String description) {
    this(browser, root, description, new ConcurrentHashMap<>());
  }

  private CamundaForm(Browser browser, Supplier<WebElement> root, String description, Map<String, String> schemas) {
    this.browser = browser;
    this.root = root;
    this.description = description;
    this.schemas = schemas;
  }

  /** Types into a text field (replacing what was there). */
  public CamundaForm fillText(String field, String value) {
    typeUntilShown("text field", field, value, "textarea, input.fjs-input", "textfield", "textarea", "number");
    return this;
  }

  /** Types into a text area (replacing what was there); lines separated by {@code \n}. */
  public CamundaForm fillTextArea(String field, String value) {
    typeUntilShown("text area", field, value, "textarea", "textarea");
    return this;
  }

  /**
   * Types the value and waits until the field shows it. form-js re-renders a dynamic list row
   * when a neighbouring field commits its value, and typing that lands during such a re-render is
   * lost: the field is found again and the value typed again, a few times, before giving up.
   */
  private void typeUntilShown(String kind, String field, String value, String inputSelector, String... types) {
    String what = kind + " \"" + field + "\" to show " + quote(value);
    for (int attempt = 1; ; attempt++) {
      WebElement input = field(field, types).element.findElement(By.cssSelector(inputSelector));
      replaceText(input, value);
      leave(input);
      try {
        browser.waitUntil(what, attempt < 3 ? java.time.Duration.ofSeconds(5) : Browser.TIMEOUT,
            d -> value.equals(field(field, types).element.findElement(By.cssSelector(inputSelector)).getAttribute("value")));
        return;
      } catch (org.openqa.selenium.TimeoutException e) {
        if (attempt >= 3) {
          throw e;
        }
      }
    }
  }

  /** Types a number into a number field (plain notation, {@code .} as the decimal point). */
  public CamundaForm setNumber(String field, Number value) {
    Field f = field(field, "number");
    String text = new BigDecimal(value.toString()).toPlainString();
    WebElement input = f.element.findElement(By.cssSelector("input.fjs-input"));
    replaceText(input, text);
    leave(input);
    browser.waitUntil("number field \"" + field + "\" to show " + text,
        d -> new BigDecimal(text).compareTo(new BigDecimal(input.getAttribute("value"))) == 0);
    return this;
  }

  /** Ticks or clears a checkbox. */
  public CamundaForm setCheckbox(String field, boolean checked) {
    Field f = field(field, "checkbox");
    WebElement input = f.element.findElement(By.cssSelector("input[type=checkbox]"));
    if (input.isSelected() != checked) {
      browser.click(input);
    }
    browser.waitUntil("checkbox \"" + field + "\" to be " + (checked ? "ticked" : "clear"),
        d -> input.isSelected() == checked);
    return this;
  }

  public CamundaForm check(String field) {
    return setCheckbox(field, true);
  }

  public CamundaForm uncheck(String field) {
    return setCheckbox(field, false);
  }

  /**
   * Chooses an option by the text the user sees: a radio button, a select (drop-down list, plain or
   * searchable) or one box of a checklist (ticks it; call again for more).
   */
  public CamundaForm choose(String field, String option) {
    Field f = field(field, "radio", "select", "checklist");
    switch (f.type) {
      case "radio", "checklist" -> {
        WebElement input = f.element.findElements(By.cssSelector("label")).stream()
            .filter(label -> label.findElements(By.cssSelector("input")).size() == 1)
            .filter(label -> normalise(label.getText()).equals(option))
            .map(label -> label.findElement(By.cssSelector("input")))
            .findFirst()
            .orElseThrow(() -> new IllegalArgumentException("\"" + field + "\" has no option " + quote(option)
                + "; options: " + optionLabels(f.element)));
        if (!input.isSelected()) {
          browser.click(input);
        }
        browser.waitUntil("option " + quote(option) + " of \"" + field + "\" to be chosen", d -> input.isSelected());
      }
      default -> chooseInDropdown(field, f.element, option);
    }
    return this;
  }

  /**
   * Types a date into a date field (the date part of a form-js datetime field) and leaves the
   * field, which makes flatpickr parse it; checks the field shows that date with its calendar shut.
   */
  public CamundaForm setDate(String field, LocalDate date) {
    Field f = field(field, "datetime");
    WebElement input = f.element.findElement(By.cssSelector("input.flatpickr-input"));
    String text = DATE_INPUT.format(date);
    replaceText(input, text);
    input.sendKeys(Keys.ESCAPE); // closes the calendar
    leave(input); // flatpickr parses typed input when the field loses focus
    browser.waitUntil("date field \"" + field + "\" to show " + text + " with its calendar closed",
        d -> date.equals(parseDate(input.getAttribute("value")))
            && f.element.findElements(By.cssSelector(".flatpickr-calendar.open")).isEmpty(),
        () -> "shows \"" + input.getAttribute("value") + "\"");
    return this;
  }

  /**
   * Types text into a date field as a person would (any text: "19/01/2027", "2027-01-19",
   * "31/02/2027") and leaves the field, which makes the date picker read it. Checks nothing: see
   * {@link #value} for what the field shows now and {@link #fieldErrors} for a refusal. Empty
   * text clears the field (with Escape, which also closes a start dialog: use it in task forms).
   */
  public CamundaForm typeDate(String field, String text) {
    Field f = field(field, "datetime");
    WebElement input = f.element.findElement(By.cssSelector("input.flatpickr-input"));
    replaceText(input, text);
    if (text.isEmpty()) {
      input.sendKeys(Keys.ESCAPE); // closes the calendar, which emptying the field leaves open
    }
    leave(input); // the date picker reads typed text when the field loses focus
    browser.waitUntil("the calendar of date field \"" + field + "\" to close",
        d -> field(field, "datetime").element.findElements(By.cssSelector(".flatpickr-calendar.open")).isEmpty());
    return this;
  }

  private static LocalDate parseDate(String shown) {
    try {
      return LocalDate.parse(shown.trim(), DATE_SHOWN);
    } catch (RuntimeException e) {
      return null;
    }
  }

  /**
   * Sets a field from text, whatever its type: text, text area and number are typed, select and
   * radio choose the option with that text, checkbox takes {@code true}/{@code false}, date takes
   * an ISO date ({@code 2027-03-15}).
   */
  public CamundaForm fill(String field, String value) {
    Field f = field(field);
    return switch (f.type) {
      case "textfield" -> fillText(field, value);
      case "textarea" -> fillTextArea(field, value);
      case "number" -> setNumber(field, new BigDecimal(value));
      case "checkbox" -> setCheckbox(field, Boolean.parseBoolean(value));
      case "radio", "select", "checklist" -> choose(field, value);
      case "datetime" -> setDate(field, LocalDate.parse(value));
      default -> throw new IllegalArgumentException("\"" + field + "\" is a " + f.type + " field; fill does not know it");
    };
  }

  /**
   * What the field shows: the text of a text, text area, number or date field (a date as flatpickr
   * shows it, dd/mm/yyyy: "15/03/2027"), the label of the chosen select or radio option ({@code ""} if none), the ticked
   * checklist labels joined by ", ", or {@code "true"}/{@code "false"} for a checkbox.
   */
  public String value(String field) {
    Field f = field(field);
    return browser.script(FIELD_VALUE, f.element, f.type);
  }

  /** Validation messages form-js shows beside fields, by field label (after a failed submit). */
  public Map<String, String> fieldErrors() {
    Map<String, String> errors = browser.script(FIELD_ERRORS, root.get());
    return new LinkedHashMap<>(errors);
  }

  /** The form-js type of the field: textfield, textarea, number, checkbox, select, radio, datetime, dynamiclist... */
  public String typeOf(String field) {
    return field(field).type;
  }

  /** Whether a field with this label (labels only, no key look-up) is in this form or row now. */
  public boolean hasField(String field) {
    List<Object> found = browser.script(FIND_FIELD, root.get(), field, null);
    return found.get(0) != null;
  }

  /** A dynamic list (form-js {@code dynamiclist}) by its label, or by its path in the deployed form. */
  public DynamicList dynamicList(String field) {
    field(field, "dynamiclist");
    return new DynamicList(field);
  }

  @Override
  public String toString() {
    return description;
  }

  // ---------------------------------------------------------------------------------------------

  /** A repeating group of fields: rows are numbered from 0, as form-js numbers them. */
  public final class DynamicList {
    private final String field;

    private DynamicList(String field) {
      this.field = field;
    }

    private WebElement element() {
      return field(field, "dynamiclist").element;
    }

    private List<WebElement> rows() {
      WebElement list = element();
      WebElement expand = browser.script(OWN_BUTTON, list, ".fjs-repeat-render-collapse");
      if (expand != null && expand.getText().trim().startsWith("Expand")) {
        browser.click(expand);
        browser.waitUntil("dynamic list \"" + field + "\" to expand", d -> {
          WebElement button = browser.script(OWN_BUTTON, element(), ".fjs-repeat-render-collapse");
          return button == null || !button.getText().trim().startsWith("Expand");
        });
      }
      return browser.script(ROWS, element());
    }

    public int rowCount() {
      return rows().size();
    }

    /** Clicks the list's "Add new" button; returns the new (last) row. */
    public CamundaForm addRow() {
      int before = rowCount();
      WebElement add = browser.script(OWN_BUTTON, element(), ".fjs-repeat-render-add");
      if (add == null) {
        throw new IllegalStateException("Dynamic list \"" + field + "\" has no \"Add new\" button (allowAddRemove off?)");
      }
      browser.click(add);
      browser.waitUntil("dynamic list \"" + field + "\" to have " + (before + 1) + " rows",
          d -> rowCount() == before + 1);
      return row(before);
    }

    /** Row {@code index} (0 = first), as a form of its own to fill. */
    public CamundaForm row(int index) {
      int count = rowCount();
      if (index < 0 || index >= count) {
        throw new IndexOutOfBoundsException("Dynamic list \"" + field + "\" has " + count + " rows; no row " + index);
      }
      return new CamundaForm(browser, () -> {
        List<WebElement> rows = rows();
        if (index >= rows.size()) {
          throw new IllegalStateException("Row " + index + " of \"" + field + "\" is gone; " + rows.size() + " rows now");
        }
        return rows.get(index);
      }, description + " / " + field + " row " + index, schemas);
    }

    /** Clicks the row's remove button (the cross beside it). */
    public void removeRow(int index) {
      int before = rowCount();
      WebElement row = rows().get(index);
      browser.click(row.findElement(By.cssSelector(":scope > .fjs-repeat-row-remove")));
      browser.waitUntil("dynamic list \"" + field + "\" to have " + (before - 1) + " rows",
          d -> rowCount() == before - 1);
    }
  }

  // ---------------------------------------------------------------------------------------------

  private record Field(WebElement element, String type) {}

  private Field field(String name, String... expectedTypes) {
    Field found = browser.waitUntil("form field \"" + name + "\" in " + description, d -> {
      List<Object> result = browser.script(FIND_FIELD, root.get(), name, null);
      if (result.get(0) == null) {
        String schema = schema();
        if (schema != null) {
          result = browser.script(FIND_FIELD, root.get(), name, schema);
        }
      }
      if (result.get(0) == null) {
        lastProblem = (String) result.get(2);
        return null;
      }
      return new Field((WebElement) result.get(0), (String) result.get(1));
    }, this::lastProblem);
    if (expectedTypes.length > 0 && !List.of(expectedTypes).contains(found.type)) {
      throw new IllegalArgumentException("\"" + name + "\" in " + description + " is a " + found.type
          + " field, not " + String.join(" or ", expectedTypes));
    }
    return found;
  }

  private volatile String lastProblem = "";

  private String lastProblem() {
    return lastProblem;
  }

  /** The deployed form (JSON) behind this form, read once through Tasklist's own API. */
  private String schema() {
    WebElement element = root.get();
    String url = browser.script(FORM_URL, element);
    if (url == null) {
      return null;
    }
    return schemas.computeIfAbsent(url, u -> {
      String text = browser.asyncScript(FETCH_TEXT, u);
      return text == null ? "" : text;
    }).transform(text -> text.isEmpty() ? null : text);
  }

  private void chooseInDropdown(String field, WebElement element, String option) {
    List<WebElement> search = element.findElements(By.cssSelector("input.fjs-input"));
    if (!search.isEmpty()) {
      replaceText(search.get(0), option); // a searchable select: typing filters the options
    }
    if (element.findElements(By.cssSelector(".fjs-dropdownlist")).isEmpty()) {
      // closed; a click toggles it (focus alone also opens it, so check first)
      browser.click(element.findElement(By.cssSelector(search.isEmpty() ? ".fjs-input-group" : "input.fjs-input")));
    }
    WebElement item = browser.waitUntil("option " + quote(option) + " in the drop-down of \"" + field + "\"",
        d -> element.findElements(By.cssSelector(".fjs-dropdownlist-item")).stream()
            .filter(i -> normalise(i.getText()).equals(option))
            .findFirst()
            .orElse(null),
        () -> "options shown: " + element.findElements(By.cssSelector(".fjs-dropdownlist-item")).stream()
            .map(i -> quote(normalise(i.getText()))).toList());
    item.click(); // the list is open under the field; scrolling it away would close it
    browser.waitUntil("\"" + field + "\" to show " + quote(option), d -> {
      List<WebElement> display = element.findElements(By.cssSelector(".fjs-select-display"));
      String shown = display.isEmpty()
          ? element.findElement(By.cssSelector("input.fjs-input")).getAttribute("value")
          : display.get(0).getText();
      return normalise(shown).equals(option)
          && element.findElements(By.cssSelector(".fjs-dropdownlist")).isEmpty();
    });
  }

  /**
   * Takes the focus off the field, as a person does by moving on. form-js passes typed text on to
   * its state (and so to Tasklist's idea of whether the form is valid) only after a pause or when
   * the field loses focus; leaving it makes that happen now. (Not with Tab: focusing the next field
   * would open a select's drop-down over the fields below it.)
   */
  private void leave(WebElement input) {
    browser.script("arguments[0].blur();", input);
  }

  private void replaceText(WebElement input, String value) {
    browser.click(input);
    input.sendKeys(Keys.chord(Keys.CONTROL, "a"), Keys.BACK_SPACE);
    if (!value.isEmpty()) {
      input.sendKeys(value);
    }
  }

  private static String optionLabels(WebElement field) {
    return field.findElements(By.cssSelector("label")).stream()
        .filter(label -> label.findElements(By.cssSelector("input")).size() == 1)
        .map(label -> quote(normalise(label.getText())))
        .toList()
        .toString();
  }

  private static String normalise(String text) {
    return text == null ? "" : text.replaceAll("\\s+", " ").trim();
  }

  private static String quote(String text) {
    return "\"" + text + "\"";
  }
}
