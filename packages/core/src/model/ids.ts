/**
 * The ids that grow with the record, typed by their shape rather than listed, so that the published
 * declarations stay the same size however many sources and sessions the data holds. Use `isSourceId` and
 * `isSessionId` to check that one exists.
 */

/**
 * The id of a source the data cites: lowercase words and numbers joined by hyphens.
 *
 * @example
 * const id: SourceId = 'kazinform-2021-04-23';
 */
export type SourceId = string;

/**
 * The id of a session: its body (or `joint`), its first day, and its place or `online`, joined by hyphens.
 *
 * @example
 * const id: SessionId = 'cmd-2021-04-27-dushanbe';
 */
export type SessionId = string;
