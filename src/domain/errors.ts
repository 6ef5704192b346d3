/** The sentence to show a person for any failure. Pure: duck-types GitLabError so views need no API import. */

export function userMessageOf(err: unknown): string {
  if (typeof err === 'object' && err !== null) {
    const { userMessage, message } = err as { userMessage?: unknown; message?: unknown };
    if (typeof userMessage === 'string' && userMessage) return userMessage;
    if (typeof message === 'string' && message) return message;
  }
  return String(err);
}
