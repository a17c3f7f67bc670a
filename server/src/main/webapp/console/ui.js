// The console's helpers for views (ES module, no build step). A plugin's view imports them as
// '../../ui.js'. Everything here builds DOM nodes: strings always become text nodes, never markup,
// so a value from the API like <img src=x onerror=...> is shown as those characters.

/** An element: h('p', {class: 'x', onclick: fn}, 'text', child, [more]). Strings are text. */
export function h(tag, attrs, ...children) {
  const el = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs || {})) {
    if (v === null || v === undefined || v === false) continue;
    if (k.startsWith('on') && typeof v === 'function') el.addEventListener(k.slice(2), v);
    else if (k === 'value' || k === 'checked') el[k] = v;
    else el.setAttribute(k, v === true ? '' : String(v));
  }
  append(el, children);
  return el;
}

function append(el, children) {
  for (const c of children.flat(Infinity)) {
    if (c === null || c === undefined || c === false) continue;
    el.append(c instanceof Node ? c : document.createTextNode(String(c)));
  }
}

/** Replaces an element's content with the given children. */
export function fill(el, ...children) {
  el.replaceChildren();
  append(el, children);
  return el;
}

/** A time as a person reads it, in their own time zone; '' for none. */
export function when(iso) {
  return iso ? new Date(iso).toLocaleString() : '';
}

/** A small coloured label: state names such as PASSED, OPEN, COMPLETED. */
export function badge(text) {
  return h('span', { class: 'badge badge-' + String(text).toLowerCase() }, String(text));
}

/**
 * A table: columns are [title, row => text or node]; an empty list shows `empty`.
 */
export function table(columns, rows, empty = 'Nothing yet.') {
  if (!rows || rows.length === 0) return h('p', { class: 'empty' }, empty);
  return h('div', { class: 'table-wrap' },
    h('table', {},
      h('thead', {}, h('tr', {}, columns.map(([title]) => h('th', { scope: 'col' }, title)))),
      h('tbody', {}, rows.map((r) => h('tr', {}, columns.map(([, cell]) => h('td', {}, cell(r))))))));
}

/**
 * A labelled form control. kind: 'text' (default), 'number', 'email', 'datetime-local',
 * 'textarea', 'select' (options: [[value, label]]), 'checkbox'. Its error slot is filled by
 * showProblem when the server names this field.
 */
export function field(name, label, { kind = 'text', options, required, value, hint, attrs } = {}) {
  const id = 'f-' + name.replace(/[^A-Za-z0-9_-]/g, '-') + '-' + (++fieldCount);
  const err = h('span', { class: 'field-error', id: id + '-error', role: 'alert' });
  let control;
  if (kind === 'textarea') {
    control = h('textarea', { id, name, required, rows: 3, ...attrs });
    if (value !== undefined) control.value = value;
  } else if (kind === 'select') {
    control = h('select', { id, name, required, ...attrs },
      (options || []).map(([v, l]) => h('option', { value: v }, l)));
    if (value !== undefined) control.value = value;
  } else {
    control = h('input', { id, name, type: kind, required, value, ...attrs });
  }
  control.setAttribute('aria-describedby', id + '-error');
  return h('div', { class: 'field field-' + kind, 'data-field': name },
    h('label', { for: id }, label, required ? h('span', { class: 'req', 'aria-hidden': 'true' }, ' *') : null),
    control, hint ? h('small', { class: 'hint' }, hint) : null, err);
}
let fieldCount = 0;

/** The values of a form's named controls: empty strings left out, numbers as numbers. */
export function values(form) {
  const out = {};
  for (const c of form.querySelectorAll('[name]')) {
    if (c.type === 'checkbox') out[c.name] = c.checked;
    else if (c.value.trim() === '') continue;
    else if (c.type === 'number') out[c.name] = Number(c.value);
    else out[c.name] = c.value.trim();
  }
  return out;
}

/**
 * Shows an API error on a form: each field the problem names gets its message beside that
 * control (matched by name, then by the name before any '[' or '.'); the rest go to the
 * form's message line.
 */
export function showProblem(form, error) {
  clearProblems(form);
  const problem = error.problem || { title: error.message };
  const loose = [];
  for (const e of problem.errors || []) {
    const base = e.field.split(/[[.]/)[0];
    const slot = form.querySelector(`[data-field="${CSS.escape(e.field)}"] .field-error`)
      || form.querySelector(`[data-field="${CSS.escape(base)}"] .field-error`);
    if (slot) {
      slot.textContent = e.message;
      slot.closest('.field').classList.add('invalid');
      slot.parentElement.querySelector('input,select,textarea')?.setAttribute('aria-invalid', 'true');
    } else {
      loose.push(e.field + ': ' + e.message);
    }
  }
  let msg = form.querySelector('.form-message');
  if (!msg) {
    msg = h('p', { class: 'form-message' });
    form.prepend(msg);
  }
  msg.classList.add('error');
  fill(msg, [problem.title, problem.detail].filter(Boolean).join(': '), loose.length ? ' — ' + loose.join('; ') : '');
  form.querySelector('[aria-invalid="true"]')?.focus();
}

/** Clears what showProblem wrote. */
export function clearProblems(form) {
  form.querySelectorAll('.field-error').forEach((e) => { e.textContent = ''; });
  form.querySelectorAll('.invalid').forEach((e) => e.classList.remove('invalid'));
  form.querySelectorAll('[aria-invalid]').forEach((e) => e.removeAttribute('aria-invalid'));
  const msg = form.querySelector('.form-message');
  if (msg) { msg.textContent = ''; msg.classList.remove('error'); }
}

/**
 * A form that sends itself: `submit(values)` returns a promise; while it runs the submit button
 * is disabled; an error is shown on the form with its fields.
 */
export function form(children, submitLabel, submit, { danger } = {}) {
  const button = h('button', { type: 'submit', class: danger ? 'danger' : 'primary' }, submitLabel);
  const f = h('form', { novalidate: true }, h('p', { class: 'form-message', role: 'status' }), children, h('div', { class: 'form-actions' }, button));
  f.addEventListener('submit', async (ev) => {
    ev.preventDefault();
    clearProblems(f);
    button.disabled = true;
    try {
      await submit(values(f), f);
    } catch (e) {
      showProblem(f, e);
    } finally {
      button.disabled = false;
    }
  });
  return f;
}

/** A message line for a page-level error (an API error shown as text). */
export function errorLine(e) {
  const p = e.problem;
  return h('p', { class: 'error', role: 'alert' }, p ? [p.title, p.detail].filter(Boolean).join(': ') : e.message);
}

/**
 * A horizontal bar chart in SVG (no library): data is [{label, value}]; values as text beside
 * each bar so a screen reader and a person who would rather read get the numbers too.
 */
export function bars(data, { title = '', unit = '' } = {}) {
  const ns = 'http://www.w3.org/2000/svg';
  const max = Math.max(1, ...data.map((d) => d.value));
  const rowH = 22;
  const svg = document.createElementNS(ns, 'svg');
  svg.setAttribute('viewBox', `0 0 320 ${data.length * rowH + 4}`);
  svg.setAttribute('class', 'chart');
  svg.setAttribute('role', 'img');
  svg.setAttribute('aria-label', title + ': ' + data.map((d) => d.label + ' ' + d.value + unit).join(', '));
  data.forEach((d, i) => {
    const y = i * rowH + 2;
    const label = document.createElementNS(ns, 'text');
    label.setAttribute('x', 0); label.setAttribute('y', y + 15);
    label.textContent = d.label;
    const rect = document.createElementNS(ns, 'rect');
    rect.setAttribute('x', 120); rect.setAttribute('y', y + 3);
    rect.setAttribute('height', rowH - 8);
    rect.setAttribute('width', Math.max(1, (d.value / max) * 160));
    rect.setAttribute('class', 'bar ' + (d.tone || ''));
    const value = document.createElementNS(ns, 'text');
    value.setAttribute('x', 124 + (d.value / max) * 160); value.setAttribute('y', y + 15);
    value.textContent = d.value + unit;
    svg.append(label, rect, value);
  });
  return svg;
}

/** Starts fn now and then every `ms` until it returns true or the view is left; returns a stop. */
export function poll(ctx, ms, fn) {
  let timer = null;
  let stopped = false;
  const tick = async () => {
    if (stopped) return;
    let done = false;
    try { done = await fn(); } catch (e) { done = false; }
    if (!done && !stopped) timer = setTimeout(tick, ms);
  };
  const stop = () => { stopped = true; clearTimeout(timer); };
  ctx.onLeave(stop);
  tick();
  return stop;
}

/** Saves a Blob as a file the browser downloads. */
export function saveFile(blob, name) {
  const url = URL.createObjectURL(blob);
  const a = h('a', { href: url, download: name, hidden: true });
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10000);
}

/** A drop zone for files that also opens the file picker on click or Enter. */
export function dropZone(label, accept, onFile) {
  const input = h('input', { type: 'file', accept, class: 'visually-hidden', tabindex: -1 });
  const zone = h('div', { class: 'drop', tabindex: 0, role: 'button' }, label, input);
  zone.addEventListener('click', () => input.click());
  zone.addEventListener('keydown', (e) => { if (e.key === 'Enter' || e.key === ' ') { e.preventDefault(); input.click(); } });
  zone.addEventListener('dragover', (e) => { e.preventDefault(); zone.classList.add('over'); });
  zone.addEventListener('dragleave', () => zone.classList.remove('over'));
  zone.addEventListener('drop', (e) => {
    e.preventDefault();
    zone.classList.remove('over');
    if (e.dataTransfer.files.length) onFile(e.dataTransfer.files[0]);
  });
  input.addEventListener('change', () => { if (input.files.length) onFile(input.files[0]); input.value = ''; });
  return zone;
}

/** A section of a page with its heading. */
export function panel(title, ...children) {
  return h('section', { class: 'panel' }, h('h2', {}, title), children);
}
