// Reads the workbench's SecretStorage from the browser, as code-server 4.100 keeps it: localStorage
// "secrets.provider" = base64(clientKey[32] | iv[12] | AES-GCM ciphertext), key = clientKey XOR the
// server key that POST <path>/mint-key returns (VS Code's ServerKeyedAESCrypto). Test-only evidence
// that a token really is stored / really is gone; the values are never returned.
import type { Page } from 'playwright-core';

export interface StoredSecretKey {
  extensionId: string;
  key: string;
}

export async function storedSecretKeys(page: Page): Promise<StoredSecretKey[]> {
  // No named functions in here: tsx would wrap them in a __name helper the page does not have.
  const keys = await page.evaluate(async () => {
    const sealed = localStorage.getItem('secrets.provider');
    if (!sealed) return [] as string[];
    const bytes = Uint8Array.from(atob(sealed), (c) => c.charCodeAt(0));
    const clientKey = bytes.slice(0, 32);
    const iv = bytes.slice(32, 44);
    const data = bytes.slice(44);
    const path = (location.pathname + '/mint-key').replace(/\/\/+/g, '/');
    const serverKey = new Uint8Array(await (await fetch(path, { method: 'POST', credentials: 'include' })).arrayBuffer());
    const raw = clientKey.map((b, i) => b ^ serverKey[i]);
    const key = await crypto.subtle.importKey('raw', raw, { name: 'AES-GCM' }, false, ['decrypt']);
    const plain = await crypto.subtle.decrypt({ name: 'AES-GCM', iv }, key, data);
    return Object.keys(JSON.parse(new TextDecoder().decode(plain)) as Record<string, string>);
  });
  return keys.map((k) => {
    try {
      return JSON.parse(k) as StoredSecretKey;
    } catch {
      return { extensionId: '', key: k };
    }
  });
}
