/**
 * The invite form's Content-Security-Policy. Pure, so a test can hold it to its promises: nothing by default,
 * scripts only with the nonce, styles only from the extension's files plus the toolkit's one nonce'd `<style>`
 * (FAST's design system reads the nonce from `<meta property="csp-nonce">`), never 'unsafe-inline' or 'unsafe-eval'.
 */
export function contentSecurityPolicy(cspSource: string, scriptNonce: string, styleNonce: string): string {
  return [
    "default-src 'none'",
    `script-src 'nonce-${scriptNonce}'`,
    `style-src ${cspSource} 'nonce-${styleNonce}'`,
    `font-src ${cspSource}`,
    `img-src ${cspSource}`,
    "base-uri 'none'",
    "form-action 'none'",
  ].join('; ');
}
