export declare const PUBLISHED_FIELDS: string[];
export type Baseline = { kind: 'tag' | 'version-commit'; ref: string; commit: string } | { kind: 'unreleased' };
export interface PackageReport {
  name: string;
  dir: string;
  version: string;
  baseline?: Baseline;
  changed: string[];
  changesets: string[];
}
export interface Report {
  packages: PackageReport[];
  problems: string[];
}
export declare function publishedPackages(
  root: string,
): { name: string; version: string; dir: string; manifest: Record<string, unknown> }[];
export declare function pendingChangesets(root: string): Map<string, string[]>;
export declare function checkChangesets(root: string): Report;
