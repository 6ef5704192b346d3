/**
 * Whether text is an email address GitLab would take for an invitation: deliberately simple and close to
 * GitLab's own check (one @, no spaces, a dot in the domain). The form checks as people type; the API layer
 * checks again before any request. Pure.
 */

const EMAIL = /^[^\s@<>(),;:"]+@[^\s@<>(),;:"]+\.[^\s@<>(),;:".]{2,}$/;

export function isValidEmail(email: string): boolean {
  return email.length <= 254 && EMAIL.test(email);
}
