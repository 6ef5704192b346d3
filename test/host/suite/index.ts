// Every in-host suite. Add a suite: write suite/<name>.suite.ts and import it here.
import './activation.suite';
import './commands.suite';
import './settings.suite';
import './secrets.suite';
import './tree.suite';
import './treePermissions.suite';

export { runRegistered, type HostConfig, type HostTestResult } from './runner';
