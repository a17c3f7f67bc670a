// Hirewall console shell (ES module, no build step). It logs in through Keycloak with the official
// keycloak-js adapter (authorization code + PKCE S256), keeps tokens in this page's memory and
// refreshes them before they expire. It knows no page of its own: it asks the server which views
// the caller's roles may see (GET /api/console/views), lists them and loads each view's module
// from its plugin on demand. Every value from the API is shown as text, never as markup.
import Keycloak from './vendor/keycloak-js-26.2.4/keycloak.js';
import { h, fill, errorLine } from './ui.js';

const status = document.getElementById('status');
const main = document.getElementById('main');

/** An API error: `problem` is the RFC 9457 body the server sent. */
class ApiError extends Error {
  constructor(status, problem) {
    super((problem && (problem.detail || problem.title)) || 'HTTP ' + status);
    this.status = status;
    this.problem = problem;
  }
}

/** Calls the bearer-only API with a fresh token; a 401 gets one forced refresh and a retry. */
function apiClient(keycloak) {
  async function send(method, path, body, { type, raw } = {}) {
    const attempt = async () => {
      await keycloak.updateToken(30);
      const headers = { Authorization: 'Bearer ' + keycloak.token, Accept: 'application/json, application/problem+json, */*' };
      let payload;
      if (body !== undefined && body !== null) {
        if (body instanceof Blob || typeof body === 'string') {
          payload = body;
          headers['Content-Type'] = type || body.type || 'application/octet-stream';
        } else {
          payload = JSON.stringify(body);
          headers['Content-Type'] = 'application/json';
        }
      }
      return fetch(path, { method, headers, body: payload });
    };
    let r = await attempt();
    if (r.status === 401) {
      await keycloak.updateToken(-1).catch(() => keycloak.login());
      r = await attempt();
    }
    const ct = r.headers.get('Content-Type') || '';
    if (!r.ok) {
      const problem = ct.includes('json') ? await r.json().catch(() => null) : null;
      throw new ApiError(r.status, problem || { title: 'HTTP ' + r.status, status: r.status });
    }
    if (raw) return r;
    if (r.status === 204 || !ct.includes('json')) return null;
    return r.json();
  }
  return {
    get: (p) => send('GET', p),
    post: (p, b, o) => send('POST', p, b, o),
    put: (p, b) => send('PUT', p, b),
    del: (p) => send('DELETE', p),
    raw: (method, p, b, o) => send(method, p, b, { ...o, raw: true }),
  };
}

function parseHash() {
  const hash = location.hash.replace(/^#\/?/, '');
  const [key, query] = hash.split('?');
  return { key: key || 'dashboard', params: new URLSearchParams(query || '') };
}

function href(key, params) {
  const q = params ? new URLSearchParams(params).toString() : '';
  return '#/' + key + (q ? '?' + q : '');
}

async function start() {
  const config = await (await fetch('config.json')).json();
  const keycloak = new Keycloak(config);
  await keycloak.init({ onLoad: 'login-required', pkceMethod: 'S256', checkLoginIframe: false });
  // refresh a minute before expiry, checked every 10 s
  setInterval(() => keycloak.updateToken(60).catch(() => keycloak.login()), 10000);

  const api = apiClient(keycloak);
  const me = await api.get('/api/me');
  const roles = me.roles.split(',');
  const views = await api.get('/api/console/views');
  fill(document.getElementById('who'), me.name + ' (' + me.roles + ')');
  const logout = document.getElementById('logout');
  logout.hidden = false;
  logout.addEventListener('click', () =>
    keycloak.logout({ redirectUri: window.location.origin + '/console/' }));

  let leaving = [];
  const base = {
    api,
    me: { name: me.name, roles },
    can: (role) => roles.includes(role),
    href,
    go: (key, params) => { location.hash = href(key, params); },
    views,
    has: (key) => views.some((v) => v.key === key),
  };
  const context = (view, params, extra) => ({
    ...base, view, params, onLeave: (fn) => leaving.push(fn), ...extra,
  });

  async function mount(view, root, ctx) {
    try {
      const module = await import('/console/' + view.module);
      await module.render(root, ctx);
    } catch (e) {
      fill(root, errorLine(e));
    }
  }

  buildNav(views);
  buildActions(views, context, mount);

  async function route() {
    leaving.forEach((fn) => fn());
    leaving = [];
    const { key, params } = parseHash();
    document.querySelectorAll('#nav a').forEach((a) =>
      a.toggleAttribute('aria-current', a.getAttribute('href') === '#/' + key));
    const page = h('div', { class: 'page' });
    fill(main, page);
    if (key === 'dashboard') {
      await dashboard(page, views, context, mount);
    } else {
      const view = views.find((v) => v.key === key && (v.placement === 'PAGE' || v.placement === 'DETAIL'));
      if (!view) {
        fill(page, h('h1', {}, 'Not here'), h('p', {}, 'No view ' + key + ' for your roles.'));
        return;
      }
      document.title = view.title + ' · Hirewall';
      await mount(view, page, context(view, params));
    }
    main.focus({ preventScroll: true });
  }
  window.addEventListener('hashchange', route);
  await route();
  document.body.dataset.ready = 'true';
  performance.mark('hirewall-ready'); // the first view is drawn and usable (bench/run console)
}

function buildNav(views) {
  const nav = document.getElementById('nav');
  const sections = new Map();
  for (const v of views.filter((x) => x.placement === 'PAGE')) {
    if (!sections.has(v.section)) sections.set(v.section, []);
    sections.get(v.section).push(v);
  }
  fill(nav,
    h('a', { href: '#/dashboard' }, 'Dashboard'),
    [...sections].map(([section, list]) => h('div', { class: 'nav-section' },
      h('span', { class: 'nav-title' }, section),
      list.map((v) => h('a', { href: href(v.key), 'data-view': v.key }, v.title)))));
}

/** Action views (e.g. Contain) are header buttons reachable from every page; each opens a dialog. */
function buildActions(views, context, mount) {
  const dialog = document.getElementById('dialog');
  const body = document.getElementById('dialog-body');
  const title = document.getElementById('dialog-title');
  document.getElementById('dialog-close').addEventListener('click', () => dialog.close());
  const actions = document.getElementById('actions');
  for (const view of views.filter((v) => v.placement === 'ACTION')) {
    actions.append(h('button', {
      type: 'button',
      class: 'action',
      'data-action': view.key,
      onclick: () => {
        fill(title, view.title);
        fill(body);
        dialog.showModal();
        mount(view, body, context(view, new URLSearchParams(), { close: () => dialog.close() }));
      },
    }, view.title));
  }
}

/** Everyone's dashboard: the cards the caller's roles may see, each rendered by its plugin. */
async function dashboard(page, views, context, mount) {
  document.title = 'Dashboard · Hirewall';
  const cards = views.filter((v) => v.placement === 'CARD');
  const grid = h('div', { class: 'cards' });
  fill(page, h('h1', {}, 'Dashboard'), cards.length ? grid : h('p', {}, 'No plugin offers a dashboard card for your roles.'));
  await Promise.all(cards.map((v) => {
    const body = h('div', { class: 'card-body' });
    grid.append(h('section', { class: 'card', 'data-card': v.key }, h('h2', {}, v.title), body));
    return mount(v, body, context(v, new URLSearchParams()));
  }));
}

start().catch((e) => {
  status.classList.add('error');
  fill(status, 'The console could not start: ' + e.message);
});
