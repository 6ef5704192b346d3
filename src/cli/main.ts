/**
 * `gitlab-members`: membership files, exports and Find Access from a terminal or a CI job, with the extension's
 * own code (the API layer, the membership-file model, the export and search), bundled into dist/cli.js.
 */
import { createInterface } from 'node:readline/promises';
import { userMessageOf } from '../domain/errors';
import { run } from './run';
import { EXIT, type CliIo } from './io';

const io: CliIo = {
  out: (text) => void process.stdout.write(`${text}\n`),
  note: (text) => void process.stderr.write(`${text}\n`),
  confirm: process.stdin.isTTY && process.stderr.isTTY ? ask : undefined,
  env: process.env,
  cwd: process.cwd(),
  now: () => new Date(),
};

async function ask(question: string): Promise<boolean> {
  const rl = createInterface({ input: process.stdin, output: process.stderr });
  try {
    return /^y(es)?$/i.test((await rl.question(`${question} [y/N] `)).trim());
  } finally {
    rl.close();
  }
}

const abort = new AbortController();
process.once('SIGINT', () => {
  io.note('Cancelling: changes already sent are done; the rest are not.');
  abort.abort();
});

run(io, process.argv.slice(2), abort.signal).then(
  (code) => { process.exitCode = code; },
  (err: unknown) => {
    io.note(`gitlab-members: ${userMessageOf(err)}`);
    process.exitCode = EXIT.error;
  },
);
