import type { CommandSpec } from '../internal/_define.js';
import { globalOptions } from '../internal/_options.js';
import { anniversaries } from './anniversaries.js';
import { chair } from './chair.js';
import { completion } from './completion.js';
import { documents } from './documents.js';
import { exportCommand } from './export.js';
import { forces } from './forces.js';
import { instrumentsCommand } from './instruments.js';
import { members } from './members.js';
import { overview } from './overview.js';
import { search } from './search.js';
import { session, sessions } from './sessions.js';
import { sg } from './sg.js';
import { source, sources } from './sources.js';
import { state } from './state.js';
import { timeline } from './timeline.js';

/**
 * Every command, in the order the help lists them.
 * @example
 * commands.map((c) => c.name).includes('timeline'); //=> true
 */
export const commands: readonly CommandSpec[] = [
  overview,
  members,
  state,
  chair,
  sg,
  sessions,
  session,
  timeline,
  anniversaries,
  instrumentsCommand,
  documents,
  forces,
  sources,
  source,
  search,
  exportCommand,
  completion(
    () => commands,
    () => globalOptions,
  ),
];
