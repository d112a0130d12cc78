// Shows one of the application's panels (HTML rendered by the server for the logged-in user) inside a Camunda webapp:
// the case beside a task or process instance, the council's meeting, the coordinator's overview. Imported by the
// webapps' own scripts (Tasklist's and Cockpit's medborgarlofte/*.js).

// this file is served from <application root>/resurser/
const root = new URL('../', import.meta.url);

function addStylesheet() {
  if (document.getElementById('ml-panel-styles')) {
    return;
  }
  const link = document.createElement('link');
  link.id = 'ml-panel-styles';
  link.rel = 'stylesheet';
  link.href = new URL('resurser/paneler.css', root).href;
  document.head.appendChild(link);
}

function say(node, text) {
  const message = document.createElement('p');
  message.className = 'ml-panel';
  message.setAttribute('role', 'status');
  message.textContent = text;
  node.replaceChildren(message);
}

/**
 * Fetches the panel at `path` (relative to the application's root) into `node`. The server answers errors with a
 * Swedish message as a panel too, so every answer is shown; only a failed connection is told here. Returns a promise
 * that resolves once the panel is shown.
 */
export function showPanel(node, path) {
  addStylesheet();
  say(node, 'Hämtar …');
  // resolves once the panel (or the message of a failed connection) is shown
  return fetch(new URL(path, root), { credentials: 'same-origin', headers: { Accept: 'text/html' } })
    .then((response) => response.text())
    .then((html) => {
      // our own server's HTML, rendered with every value escaped
      node.innerHTML = html;
    })
    .catch(() => say(node, 'Det gick inte att hämta uppgifterna. Kontrollera anslutningen och försök igen.'));
}
