/** The part of madge's API the layout test uses (madge ships no types). */
declare module "madge" {
  interface MadgeResult {
    /** Each file (relative to the base folder) and the files it imports. */
    obj(): Record<string, string[]>;
    /** Every import circle, as the files along it. */
    circular(): string[][];
  }
  export default function madge(path: string, config?: { fileExtensions?: string[]; tsConfig?: string }): Promise<MadgeResult>;
}
