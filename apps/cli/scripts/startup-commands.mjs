// The command lines the start-up benchmark times, one or more for every command of the CLI (a test checks
// that none is missing and that the README's table lists exactly these).

/** @type {readonly (readonly string[])[]} */
export const STARTUP_COMMANDS = Object.freeze([
  [],
  ['members'],
  ['members', '--all', '--on', '2010-01-01'],
  ['state', 'uzbekistan'],
  ['chair', '2021'],
  ['sg'],
  ['sessions', '--year', '2021'],
  ['session', 'cmd-2021-04-27-dushanbe'],
  ['timeline'],
  ['timeline', '2021'],
  ['anniversaries', '2027'],
  ['instruments'],
  ['documents', '2021'],
  ['forces'],
  ['sources'],
  ['source', 'kazinform-2021-04-23'],
  ['search', 'Afghanistan'],
  ['export', '--format', 'ics'],
  ['export', '--format', 'csv', 'sessions'],
  ['completion', 'bash'],
  ['members', '--json'],
  ['members', '--lang', 'ru'],
  ['--help'],
]);
