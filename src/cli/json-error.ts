/**
 * A Spanish description of a JSON syntax error: where it is (line and column) and what kind, instead of
 * the English message of the JavaScript parser.
 *
 * @module
 */

/**
 * Describes in Spanish why `JSON.parse(text)` failed with `error`: «el JSON termina antes de
 * cerrarse» or «error de sintaxis en la línea 3, columna 7 (cerca de «…»)».
 *
 * @example
 * ```ts
 * let error: unknown;
 * try { JSON.parse('{"a": 1,}'); } catch (e) { error = e; }
 * jsonSyntaxMessage(error, '{"a": 1,}'); //=> 'error de sintaxis en la línea 1, columna 9 (cerca de «}»)'
 * ```
 */
export function jsonSyntaxMessage(error: unknown, text: string): string {
  const message = error instanceof Error ? error.message : String(error);
  if (/end of (JSON )?input|Unterminated string/i.test(message) && !/position \d+/.test(message)) {
    return 'el JSON termina antes de cerrarse (falta una llave, un corchete o unas comillas)';
  }
  const m = /position (\d+)/.exec(message);
  if (m === null) {
    const token = /Unexpected token '([^']*)'/.exec(message)?.[1];
    return token === undefined
      ? 'error de sintaxis'
      : `error de sintaxis: carácter inesperado «${token === '\n' ? 'salto de línea' : token}»`;
  }
  const position = Math.min(Number(m[1]), text.length);
  const before = text.slice(0, position);
  const line = before.split('\n').length;
  const column = position - before.lastIndexOf('\n');
  const near = text
    .slice(position, position + 12)
    .split('\n')[0]!
    .trim();
  if (near === '') return `el JSON termina antes de cerrarse (línea ${line}, columna ${column})`;
  return `error de sintaxis en la línea ${line}, columna ${column} (cerca de «${near}»)`;
}
