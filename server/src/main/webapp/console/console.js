// Hirewall console shell (ES module, no build step). Logs in through Keycloak with the official
// keycloak-js adapter (authorization code + PKCE S256); tokens stay in this page's memory and are
// refreshed before they expire. Every value from the API is shown as text, never as markup.
import Keycloak from './vendor/keycloak-js-26.2.4/keycloak.js';

const status = document.getElementById('status');

function show(element, text) {
  element.textContent = text; // text only: a name like <img src=x onerror=...> stays characters
}

async function start() {
  const config = await (await fetch('config.json')).json();
  const keycloak = new Keycloak(config);
  await keycloak.init({ onLoad: 'login-required', pkceMethod: 'S256', checkLoginIframe: false });
  // refresh a minute before expiry, checked every 20 s
  setInterval(() => keycloak.updateToken(60).catch(() => keycloak.login()), 20000);

  async function api(path) {
    await keycloak.updateToken(30);
    const r = await fetch(path, { headers: { Authorization: 'Bearer ' + keycloak.token } });
    const body = await r.json();
    if (!r.ok) {
      throw new Error(body.detail || body.title || String(r.status));
    }
    return body;
  }

  const me = await api('/api/me');
  show(document.getElementById('who'), me.name + ' (' + me.roles + ')');
  const logout = document.getElementById('logout');
  logout.hidden = false;
  logout.addEventListener('click', () =>
    keycloak.logout({ redirectUri: window.location.origin + '/console/' }));
  show(status, 'Signed in.');
}

start().catch((e) => {
  status.classList.add('error');
  show(status, 'The console could not start: ' + e.message);
});
