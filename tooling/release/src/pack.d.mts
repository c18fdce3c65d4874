export interface PackedPackage {
  name: string;
  version: string;
  /** Workspace folder, relative to the repository root. */
  dir: string;
  /** Absolute path of the `.tgz`. */
  tarball: string;
  /** The tarball's files, relative to its `package/` folder, sorted. */
  files: string[];
  /** The package.json inside the tarball. */
  // biome-ignore lint/suspicious/noExplicitAny: a manifest is any JSON object.
  manifest: Record<string, any>;
}
export declare function pnpmCommand(): [string, string[]];
export declare function packPublished(root: string, destination: string): PackedPackage[];
export declare function readPacked(tarball: string, file: string): string;
