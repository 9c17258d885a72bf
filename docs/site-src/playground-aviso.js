// A classic (non-module) script that runs even where ES modules cannot: opened from disk (file://)
// the browser refuses to load playground.js and the library, so say so in Spanish instead of leaving
// «Cargando la librería…» forever. Also when the module has not started after a while.
(() => {
  const SERVE =
    'Sirva la carpeta del sitio con un servidor local (por ejemplo, «python3 -m http.server» o ' +
    '«npx serve» dentro de ella) y abra http://localhost:…/playground.html.';
  function notice(text) {
    const status = document.getElementById('estado-carga');
    if (status === null) return;
    status.className = 'error';
    status.setAttribute('role', 'alert');
    status.textContent = text;
  }
  if (location.protocol === 'file:') {
    notice(
      `El playground no funciona abierto desde el disco (file://): el navegador no carga módulos ES desde archivos locales. ${SERVE}`,
    );
    return;
  }
  setTimeout(() => {
    if (document.body?.dataset.ready === 'true') return;
    notice(
      `La librería no terminó de cargarse. Revise la consola del navegador o recargue la página. ${SERVE}`,
    );
  }, 15000);
})();
