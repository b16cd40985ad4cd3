import type { CliCommand } from './cli-command';
import { backupCommand } from './backup-command';
import { checkCommand } from './check-command';
import { exportCommand } from './export-command';
import { importCommand } from './import-command';
import { initCommand } from './init-command';
import { listCommand } from './list-command';
import { serverCommand } from './server-command';
import { syncCommand } from './sync-command';

/**
 * Every `copydesk` command, in the order `copydesk --help` lists them. A new
 * command is one file declaring it with defineCommand and one entry here.
 */
export const COMMANDS: readonly CliCommand[] = [listCommand, exportCommand, importCommand, checkCommand, backupCommand, initCommand, serverCommand, syncCommand];
