// How `changeset version` writes each changeset into CHANGELOG.md. The summary becomes one list item;
// its «Cambios normativos» part is set apart between markers, and scripts/release-version.mjs gathers
// those parts under a «Cambios normativos» heading at the top of the version (see CONTRIBUTING.md).
'use strict';

const HEADING = /^#{2,4}\s+Cambios normativos\s*$/m;

function indent(text) {
  return text
    .split('\n')
    .map((line, i) => (i === 0 || line === '' ? line : `  ${line}`))
    .join('\n');
}

async function getReleaseLine(changeset) {
  const match = HEADING.exec(changeset.summary);
  const main = (match ? changeset.summary.slice(0, match.index) : changeset.summary).trim();
  let out = `\n\n- ${indent(main)}`;
  if (match) {
    const normative = changeset.summary.slice(match.index + match[0].length).trim();
    out += `\n\n<!-- normativo:inicio -->\n${normative}\n<!-- normativo:fin -->`;
  }
  return out;
}

async function getDependencyReleaseLine() {
  return '';
}

module.exports = {
  default: { getReleaseLine, getDependencyReleaseLine },
  getReleaseLine,
  getDependencyReleaseLine,
};
