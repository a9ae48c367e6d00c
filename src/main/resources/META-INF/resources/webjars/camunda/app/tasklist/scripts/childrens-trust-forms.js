/*
 * Children's Trust: fixes for Camunda Forms in Camunda 7.24 Tasklist (which embeds form-js 1.8.7).
 * Loaded by scripts/config.js (customScripts) as an ES module before Tasklist starts; it only has
 * side effects. Each fix does nothing, with a console warning, if Tasklist's code is not what it
 * was written against (check them again when Camunda is upgraded).
 *
 * 1. "Complete" stays disabled after a field in a dynamic list row has been edited or left, until
 *    the user presses "Save" (form-js issue 1494). Cause: Tasklist's Camunda Forms directive
 *    listens to form-js's "changed" event and disables "Complete" when
 *    Object.keys(event.errors).length > 0. form-js records a row field's errors under
 *    errors[fieldId][rowIndex] and, when the field is valid, deletes only errors[fieldId][rowIndex],
 *    leaving an empty errors[fieldId] behind: a key without a single message. ("Save" calls
 *    form.submit(), whose full validation builds the errors afresh, which is why it helped.)
 *    Fix: Tasklist is handed the errors without the empty entries. Real messages stay, so
 *    "Complete" is still disabled while a field shows an error, and "Complete" still runs form-js's
 *    full validation (a required field left empty is refused with its message, as before).
 *
 * 2. UK dates. form-js's date picker (flatpickr) takes its format from the browser's locale
 *    (Intl.DateTimeFormat), so a browser set to US English reads 19/01/2027 month first and rolls
 *    month 19 over into 2028 without a word; even day-first, flatpickr rolls 31/02/2027 over into
 *    March. Fix: form-js date fields always read and show day/month/year (dd/mm/yyyy; yyyy-mm-dd is
 *    accepted too), and a date that does not exist or cannot be read is refused: it stays in the
 *    field as typed, a message under it says it is not a date, "Complete" (or "Start") is disabled
 *    and a submit is refused until a real date is entered or the field is emptied.
 *
 * 3. After "Complete" Tasklist shows nothing. Fix: a confirmation "Task completed: <name>"; and
 *    error notifications left over from an earlier refused attempt are closed.
 */

const TAG = "[Children's Trust forms]";

// ------------------------------------------------------------------------------ finding code --

/** webpack's require of the Tasklist bundle (lib/runtime.js keeps it in a closure). */
function webpackRequire() {
  const chunks = self.webpackChunkcamunda_bpm_webapp;
  if (!chunks || typeof chunks.push !== 'function') {
    return null;
  }
  let found = null;
  chunks.push([['childrens-trust-forms'], {}, (require) => {
    found = require;
  }]);
  return found;
}

function isFormJs(exports) {
  return !!exports && typeof exports.Form === 'function'
    && typeof exports.Form.prototype._onEvent === 'function'
    && typeof exports.Form.prototype.submit === 'function'
    && typeof exports.Form.prototype.validate === 'function'
    && typeof exports.Form.prototype._setState === 'function';
}

/** form-js's Form class: module 57661 in Tasklist 7.24.0, else looked for by its exports. */
function formJsForm(require) {
  try {
    const known = require(57661);
    if (isFormJs(known)) {
      return known.Form;
    }
  } catch (e) {
    // not there in this build; look for it
  }
  for (const id of Object.keys(require.m || {})) {
    if (String(require.m[id]).indexOf('FormPlayground') >= 0) {
      try {
        const exports = require(id);
        if (isFormJs(exports)) {
          return exports.Form;
        }
      } catch (e) {
        // not this one
      }
    }
  }
  return null;
}

// ------------------------------------------------------------ 1. "Complete" and dynamic lists --

/** The form-js form rendered into each .fjs-container element. */
const formsByContainer = new WeakMap();

/** Whether a form-js errors entry holds at least one message (entries nest per dynamic list row). */
function hasMessages(value) {
  if (typeof value === 'string') {
    return value.length > 0;
  }
  if (Array.isArray(value)) {
    return value.some(hasMessages);
  }
  if (value && typeof value === 'object') {
    return Object.keys(value).some((key) => hasMessages(value[key]));
  }
  return false;
}

/** The errors Tasklist should judge the form by: form-js's own, without the entries with no message. */
function errorsWithMessages(errors) {
  const kept = {};
  Object.keys(errors || {}).forEach((key) => {
    if (hasMessages(errors[key])) {
      kept[key] = errors[key];
    }
  });
  return kept;
}

function patchFormJs(Form) {
  const onEvent = Form.prototype._onEvent;
  // form.on is form._onEvent, copied in the constructor: forms created from now on use this
  Form.prototype._onEvent = function (type, priority, callback) {
    const form = this;
    if (form._container) {
      formsByContainer.set(form._container, form);
    }
    if (type !== 'changed') {
      return onEvent.apply(this, arguments);
    }
    const listener = typeof priority === 'function' ? priority : callback;
    const wrapped = function (event) {
      const seen = Object.create(event);
      seen.errors = errorsWithMessages(event.errors);
      return listener.call(this, seen);
    };
    return typeof priority === 'function'
      ? onEvent.call(this, type, wrapped)
      : onEvent.call(this, type, priority, wrapped);
  };

  // A refused date is an error of its field in form-js's own state, so form-js shows it under the
  // field and Tasklist disables "Complete"; it is put back whenever form-js sets its state (form-js
  // re-validates the field when its value or focus changes) until the date is corrected or cleared.
  const setState = Form.prototype._setState;
  Form.prototype._setState = function (state) {
    const refused = refusedDatesIn(this);
    if (!refused.length) {
      return setState.apply(this, arguments);
    }
    const errors = copyErrors((state && state.errors) || (this._state && this._state.errors) || {});
    refused.forEach((refusal) => setPath(errors, refusal.path, [refusal.message]));
    return setState.call(this, Object.assign({}, state, {errors}));
  };

  // ... and refuses the submission (form.submit() validates afresh; Tasklist submits only without errors)
  const submit = Form.prototype.submit;
  Form.prototype.submit = function () {
    const result = submit.apply(this, arguments);
    const refused = refusedDatesIn(this);
    if (refused.length && result) {
      const errors = copyErrors(result.errors || {});
      refused.forEach((refusal) => setPath(errors, refusal.path, [refusal.message]));
      result.errors = errors;
    }
    return result;
  };
}

/** A copy of form-js errors (nested objects and arrays; the holes of row arrays are kept). */
function copyErrors(value) {
  if (Array.isArray(value)) {
    const copy = new Array(value.length);
    value.forEach((item, index) => {
      copy[index] = copyErrors(item);
    });
    return copy;
  }
  if (value && typeof value === 'object') {
    const copy = {};
    Object.keys(value).forEach((key) => {
      copy[key] = copyErrors(value[key]);
    });
    return copy;
  }
  return value;
}

/** errors[fieldId][row]... = value, as form-js keeps them; value undefined removes the entry. */
function setPath(errors, path, value) {
  let target = errors;
  for (let i = 0; i < path.length - 1; i++) {
    if (target[path[i]] === undefined || target[path[i]] === null) {
      target[path[i]] = typeof path[i + 1] === 'number' ? [] : {};
    }
    target = target[path[i]];
  }
  if (value === undefined) {
    delete target[path[path.length - 1]];
  } else {
    target[path[path.length - 1]] = value;
  }
}

function formOf(element) {
  const container = element.closest('.fjs-container');
  return (container && formsByContainer.get(container)) || null;
}

/**
 * Where form-js keeps the errors of the date field whose input this is: [fieldId, row, ...]. The
 * input's id is fjs-form-<formId>-<fieldId>[_<row>...]-date.
 */
function errorPath(form, input) {
  const m = /^fjs-form-[^-]+-(.+)-date$/.exec(input.id || '');
  if (!m) {
    return null;
  }
  const registry = form.get('formFieldRegistry');
  let id = m[1];
  const rows = [];
  while (!registry.get(id)) {
    const row = /^(.+)_(\d+)$/.exec(id);
    if (!row) {
      return null;
    }
    id = row[1];
    rows.unshift(+row[2]);
  }
  return [id].concat(rows);
}

// ------------------------------------------------------------------------------ 2. UK dates --

/** input element -> {text, message} for dates refused and not yet corrected. */
const refusals = new Map();

function refusedDatesIn(form) {
  const found = [];
  refusals.forEach((refusal, input) => {
    if (!input.isConnected) {
      refusals.delete(input);
    } else if (form && form._container && form._container.contains(input)) {
      found.push(refusal);
    }
  });
  return found;
}

/** A real day/month/year (or yyyy-mm-dd) date, or undefined. Two-digit years are not guessed. */
function parseUkDate(text) {
  const s = String(text).trim();
  let day;
  let month;
  let year;
  let m = /^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})$/.exec(s);
  if (m) {
    day = +m[1];
    month = +m[2];
    year = +m[3];
  } else if ((m = /^(\d{4})-(\d{1,2})-(\d{1,2})$/.exec(s))) {
    year = +m[1];
    month = +m[2];
    day = +m[3];
  } else {
    return undefined;
  }
  const date = new Date(year, month - 1, day);
  if (date.getFullYear() !== year || date.getMonth() !== month - 1 || date.getDate() !== day) {
    return undefined; // 31/02/2027 and the like: new Date would roll it over silently
  }
  return date;
}

function showRefusal(input, text) {
  const form = formOf(input);
  const path = form && errorPath(form, input);
  if (!path) {
    console.warn(TAG, 'date refused, but its form field was not found', input.id);
    return;
  }
  const message = '"' + text + '" is not a date. Enter the date as day/month/year, for example 19/01/2027.';
  refusals.set(input, {text, message, path});
  form._setState({}); // puts the message into form-js's errors (see _setState above)
}

function clearRefusal(input) {
  const refusal = refusals.get(input);
  if (!refusal) {
    return;
  }
  refusals.delete(input);
  const form = formOf(input);
  if (form) {
    const errors = copyErrors(form._state.errors || {});
    setPath(errors, refusal.path, undefined);
    form._setState({errors});
  }
}

/** flatpickr hook (onParseConfig): form-js date fields read and show dd/mm/yyyy, strictly. */
function ukDates(selectedDates, text, picker) {
  const input = picker && picker.element;
  if (!input || !input.closest || !input.closest('.fjs-form-field-datetime')) {
    return; // not a form-js date field
  }
  picker.config.dateFormat = 'd/m/Y';
  picker.config.parseDate = (value) => {
    const date = parseUkDate(value);
    // flatpickr parses typed text when the field is left or Enter is pressed
    if (input.isConnected && String(value).trim() === input.value.trim()) {
      if (date) {
        clearRefusal(input);
      } else {
        showRefusal(input, String(value).trim());
      }
    }
    return date; // undefined: flatpickr empties the field, form-js stores no date (text mostly stops below)
  };
  input.placeholder = 'dd/mm/yyyy';
  // Typed text that is no date is refused before flatpickr reads it (flatpickr would empty the
  // field): what the person typed stays in the field, with the message under it. These listeners
  // come before flatpickr's own, which it adds after this hook.
  const refuseTyped = (event) => {
    const text = input.value.trim();
    if (text === '' || parseUkDate(text)) {
      return; // flatpickr reads it as usual
    }
    event.stopImmediatePropagation();
    if (event.type === 'keydown') {
      event.preventDefault();
    }
    picker.close();
    showRefusal(input, text);
  };
  input.addEventListener('blur', refuseTyped);
  input.addEventListener('keydown', (event) => {
    if (event.key === 'Enter') {
      refuseTyped(event);
    }
  });
  input.addEventListener('input', (event) => {
    // the person emptied the field (flatpickr's own, untrusted "input" events do not count)
    if (event.isTrusted && input.value.trim() === '') {
      clearRefusal(input);
    }
  });
}

// ------------------------------------------------------------- 3. confirmation after Complete --

function showConfirmation(text) {
  document.querySelectorAll('.page-notifications .notifications > .alert-danger button.close')
    .forEach((button) => button.click()); // errors from an earlier attempt are stale now
  let box = document.querySelector('.ct-completed');
  if (!box) {
    box = document.createElement('div');
    box.className = 'ct-completed alert alert-success';
    box.setAttribute('role', 'status');
    box.style.cssText = 'position:fixed;left:50%;top:60px;transform:translateX(-50%);z-index:2000;'
      + 'min-width:320px;box-shadow:0 2px 8px rgba(0,0,0,.25);cursor:pointer';
    box.addEventListener('click', () => box.remove());
    document.body.appendChild(box);
  }
  box.textContent = text;
  clearTimeout(showConfirmation.timer);
  showConfirmation.timer = setTimeout(() => box.remove(), 8000);
}

/** Watches Tasklist's POST .../task/{id}/submit-form; a 2xx answer means the task was completed. */
function watchCompletions() {
  const open = XMLHttpRequest.prototype.open;
  const send = XMLHttpRequest.prototype.send;
  XMLHttpRequest.prototype.open = function (method, url) {
    this.ctSubmitsTask = String(method).toUpperCase() === 'POST' && /\/task\/[^/]+\/submit-form(\?|$)/.test(String(url));
    return open.apply(this, arguments);
  };
  XMLHttpRequest.prototype.send = function () {
    if (this.ctSubmitsTask) {
      const title = document.querySelector('[cam-tasklist-task] h2.task');
      const name = title ? title.textContent.replace(/\s+/g, ' ').trim() : '';
      this.addEventListener('load', () => {
        if (this.status >= 200 && this.status < 300) {
          showConfirmation('Task completed: ' + (name || 'the task'));
        }
      });
    }
    return send.apply(this, arguments);
  };
}

// ------------------------------------------------------------------------------------ start --

try {
  const require = webpackRequire();
  const Form = require && formJsForm(require);
  if (Form) {
    patchFormJs(Form);
  } else {
    console.warn(TAG, 'form-js not found: "Complete" after dynamic lists and date refusals are not fixed');
  }
  const flatpickr = window.flatpickr; // flatpickr puts itself there; form-js (loaded above) loads it
  if (flatpickr && typeof flatpickr.setDefaults === 'function') {
    const hooks = [].concat((flatpickr.defaultConfig && flatpickr.defaultConfig.onParseConfig) || []);
    flatpickr.setDefaults({onParseConfig: hooks.concat(ukDates)});
  } else {
    console.warn(TAG, 'flatpickr not found: dates are read in the browser\'s locale');
  }
  watchCompletions();
} catch (e) {
  console.error(TAG, 'not installed', e);
}
