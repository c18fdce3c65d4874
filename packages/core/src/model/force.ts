import type { IsoDate, LocalizedText, PartialDate, PartiallyLocalizedText, Sourced } from './common.js';
import type { ForceId, StateCode } from './ids.generated.js';

/**
 * A dated fact in the life of a force or an operation, as precisely as its source dates it.
 *
 * @example
 * forces.crrf.events[0]?.date; //=> '2009-02-04'
 */
export interface ForceEvent extends Sourced {
  /** When, as precisely as the source says. */
  readonly date: PartialDate;
  /** What happened. */
  readonly text: PartiallyLocalizedText;
}

/**
 * A standing collective force of the organisation.
 *
 * @example
 * forces.cpf.name.en; //=> 'Collective Peacekeeping Forces'
 */
export interface CollectiveForce extends Sourced {
  readonly id: ForceId;
  /** The force's name. */
  readonly name: LocalizedText;
  /** The usual abbreviation, where the sources use one. */
  readonly abbreviation?: PartiallyLocalizedText;
  /** The day of the founding decision or agreement. */
  readonly established: PartialDate;
  /** The founding decision or agreement. */
  readonly basis: string;
  /** Dated facts about the force, oldest first. */
  readonly events: readonly ForceEvent[];
  /** Context a reader needs that the other fields do not hold. */
  readonly note?: string;
}

/**
 * A deployment of a collective force. Every day is inclusive: the force was in the host state from
 * `deployed` to `withdrawn`, both days included.
 *
 * @example
 * operations[0]?.contributors; //=> ['AM', 'BY', 'KG', 'RU', 'TJ']
 */
export interface ForceOperation extends Sourced {
  /** A short name for the operation: lowercase words and numbers joined by hyphens (`kazakhstan-2022`). */
  readonly id: string;
  /** The force deployed. */
  readonly force: ForceId;
  /** The operation's name. */
  readonly name: PartiallyLocalizedText;
  /** The state the force was sent to. */
  readonly host: StateCode;
  /** The day the host state asked for help. */
  readonly requested?: IsoDate;
  /** The day of the Collective Security Council's decision. */
  readonly decided: IsoDate;
  /** The day the first units arrived. */
  readonly deployed: IsoDate;
  /** The day the withdrawal began. */
  readonly withdrawalBegan?: IsoDate;
  /** The last day of the withdrawal. */
  readonly withdrawn?: IsoDate;
  /** The states that sent contingents, in code order. */
  readonly contributors: readonly StateCode[];
  /** Dated facts about the operation, oldest first. */
  readonly events: readonly ForceEvent[];
  /** Context a reader needs that the other fields do not hold. */
  readonly note?: string;
}
