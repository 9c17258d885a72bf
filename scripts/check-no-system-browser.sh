#!/usr/bin/env bash
# Runs the browser suite (test/browser) as on a fresh machine with no system browser: in a private
# mount namespace, /usr/bin/chromium (and /usr/bin/chromium-browser) are covered by /dev/null, and the
# project-local cache of the npm-shipped Chromium is emptied first, so the browser is unpacked again
# from node_modules/@sparticuz/chromium. Needs root (or user namespaces) for `unshare -m`.
# Usage: scripts/check-no-system-browser.sh   (after `npm ci`; builds dist/ when it is missing)
set -euo pipefail
cd "$(dirname "$0")/.."

if [ "${PQRSD_EN_NAMESPACE:-}" != "1" ]; then
  if [ "$(id -u)" = "0" ]; then
    exec env PQRSD_EN_NAMESPACE=1 unshare -m --propagation private "$0" "$@"
  fi
  exec env PQRSD_EN_NAMESPACE=1 unshare -r -m --propagation private "$0" "$@"
fi

for browser in /usr/bin/chromium /usr/bin/chromium-browser; do
  if [ -e "$browser" ]; then
    mount --bind /dev/null "$browser"
    echo "Oculto: $browser (cubierto por /dev/null en este espacio de montajes)"
  else
    echo "No existe: $browser"
  fi
done
unset PQRSD_CHROMIUM
rm -rf node_modules/.cache/pqrsd-chromium
echo "Caché del Chromium de npm vaciada: se desempaqueta de nuevo."
[ -f dist/index.js ] || node_modules/.bin/tsup
TZ=UTC node_modules/.bin/vitest run test/browser --reporter=verbose
echo "Pruebas del navegador: pasan sin navegador del sistema."
