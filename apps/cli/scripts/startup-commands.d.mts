/** The command lines the start-up benchmark times (see `startup-commands.mjs`). */
export declare const STARTUP_COMMANDS: readonly (readonly string[])[];
